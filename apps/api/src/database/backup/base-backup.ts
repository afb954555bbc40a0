// `npm run db:backup`: a base backup of the embedded cluster through PostgreSQL's low-level backup API, with the
// archived WAL it needs, the uploads and a manifest. Works while the app runs (online) or starts the server itself.
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { embeddedLayout } from '../database-runtime';
import { startEmbeddedPostgres, walArchiveSettings } from '../embedded-postgres';
import { BACKUP_FORMAT, BackupError, type BackupManifest, copyTree, listFiles, MANIFEST_FILE, sha256File } from './backup-files';

export interface BackupOptions {
  dataDir: string;
  /** the backup folder to create; default DATA_DIR/backups/<time> */
  target?: string;
  /** true when APP_SECRET is set: the development secret file is then not the one in use and is left out */
  appSecretFromEnvironment?: boolean;
  log?: (line: string) => void;
}

export interface BackupResult {
  dir: string;
  manifest: BackupManifest;
}

/** The live server on `clusterDir` (from its postmaster.pid), or null. */
export function runningServer(clusterDir: string): { pid: number; port: number } | null {
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return null;
  const lines = readFileSync(pidFile, 'utf8').split('\n');
  const pid = Number(lines[0]);
  if (!Number.isInteger(pid) || pid <= 0) return null;
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return { pid, port: Number(lines[3]) };
}

// What the PostgreSQL manual says to leave out of a base backup (contents rebuilt or replayed at start-up).
const EMPTY_FOLDERS = new Set(['pg_wal', 'pg_replslot', 'pg_dynshmem', 'pg_notify', 'pg_serial', 'pg_snapshots', 'pg_stat_tmp', 'pg_subtrans']);
const LEFT_OUT = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map', 'backup_label.old', 'recovery.signal', 'standby.signal']);

/** What of a live cluster's folder a base backup leaves out (db:backup, and the replica the replica tests build). */
export function dataSkip(path: string, isDirectory: boolean): 'all' | 'contents' | null {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (isDirectory && EMPTY_FOLDERS.has(path)) return 'contents';
  if (name.startsWith('pgsql_tmp') || name === 'pg_internal.init' || name.startsWith('.s.PGSQL.')) return 'all';
  if (LEFT_OUT.has(path)) return 'all';
  return null;
}

const stamp = (date: Date) => date.toISOString().replace(/[:.]/g, '-');

export async function takeBackup(options: BackupOptions): Promise<BackupResult> {
  const log = options.log ?? (() => undefined);
  const dataDir = resolve(options.dataDir);
  const { clusterDir, archiveDir } = embeddedLayout(dataDir);
  if (!existsSync(join(clusterDir, 'PG_VERSION'))) throw new BackupError(`no embedded PostgreSQL cluster in ${clusterDir}`);
  const started = Date.now();
  const dir = resolve(options.target ?? join(dataDir, 'backups', stamp(new Date(started))));
  if (existsSync(dir)) throw new BackupError(`${dir} already exists`);
  const partial = `${dir}.partial`;
  await mkdir(partial, { recursive: true, mode: 0o700 });

  // Back up the running server (the app keeps serving), or start one for the duration of the backup.
  const password = readFileSync(`${clusterDir}.password`, 'utf8').trim();
  const live = runningServer(clusterDir);
  const ours = live ? null : await startEmbeddedPostgres({ clusterDir, archiveDir, database: 'postgres' });
  const port = live?.port ?? Number(new URL(ours!.url).port);
  log(live ? `backing up the running server (pid ${live.pid})` : 'the app is not running: started PostgreSQL for the backup');
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  let manifest: BackupManifest;
  try {
    await client.connect();
    const archiving = await client.query<{ mode: string; command: string }>(`SELECT current_setting('archive_mode') AS mode, current_setting('archive_command') AS command`);
    const expected = walArchiveSettings(archiveDir)
      .find((s) => s.startsWith('archive_command='))!
      .slice('archive_command='.length);
    if (archiving.rows[0].mode !== 'on' || archiving.rows[0].command !== expected) {
      throw new BackupError(`the running PostgreSQL does not archive its WAL to ${archiveDir} (it was started by an older banshishi): restart the app once, then back up`);
    }
    const archiver = await client.query<{ failing: boolean; wal: string | null }>(
      `SELECT coalesce(last_failed_time > coalesce(last_archived_time, '-infinity'), false) AS failing, last_failed_wal AS wal FROM pg_stat_archiver`,
    );
    if (archiver.rows[0].failing) {
      throw new BackupError(`PostgreSQL cannot archive ${archiver.rows[0].wal} into ${archiveDir} (see its log, LOG_LEVEL=debug): a backup would wait for it forever`);
    }
    await client.query(`SET statement_timeout = '15min'`); // pg_backup_stop waits for the archiver
    const version = (await client.query<{ v: string }>(`SELECT current_setting('server_version') AS v`)).rows[0].v;
    const lastMigration = await readLastMigration(port, password);

    // The low-level backup API: start and stop in this one session; the files are copied in between.
    const label = `banshishi ${new Date(started).toISOString()}`;
    const start = await client.query<{ lsn: string; wal: string }>(`SELECT lsn::text AS lsn, pg_walfile_name(lsn) AS wal FROM pg_backup_start($1, fast => true) AS lsn`, [label]);
    if ((await readdir(join(clusterDir, 'pg_tblspc'))).length > 0) throw new BackupError('tablespaces are not supported by db:backup');
    await copyTree(clusterDir, join(partial, 'data'), dataSkip);
    const stop = await client.query<{ lsn: string; wal: string; labelfile: string; spcmapfile: string | null }>(
      `SELECT lsn::text AS lsn, pg_walfile_name(lsn) AS wal, labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => true)`,
    );
    await writeFile(join(partial, 'data', 'backup_label'), stop.rows[0].labelfile, { mode: 0o600 });
    if (stop.rows[0].spcmapfile) await writeFile(join(partial, 'data', 'tablespace_map'), stop.rows[0].spcmapfile, { mode: 0o600 });

    // Every segment from the backup's start to its end is archived by now (wait_for_archive); keep them with it.
    const first = start.rows[0].wal;
    const last = stop.rows[0].wal;
    const timeline = first.slice(0, 8);
    const archived = (await readdir(archiveDir)).sort();
    const walSegments = archived.filter((name) => /^[0-9A-F]{24}$/.test(name) && name.startsWith(timeline) && name >= first && name <= last);
    if (walSegments[0] !== first || walSegments[walSegments.length - 1] !== last) {
      throw new BackupError(`the WAL archive ${archiveDir} lacks segments ${first}…${last} the backup needs`);
    }
    await mkdir(join(partial, 'wal'), { mode: 0o700 });
    for (const name of [...walSegments, ...archived.filter((n) => n.endsWith('.history'))]) await copyFile(join(archiveDir, name), join(partial, 'wal', name));

    // Uploads after the database: every upload a row of the backup names is there (plus, at most, a few newer ones).
    await copyTree(join(dataDir, 'uploads'), join(partial, 'uploads'));
    await copyFile(`${clusterDir}.password`, join(partial, 'postgres.password'));
    const secretFile = join(dataDir, 'app-secret');
    const appSecretIncluded = !options.appSecretFromEnvironment && existsSync(secretFile);
    if (appSecretIncluded) await copyFile(secretFile, join(partial, 'app-secret'));

    const files: Record<string, string> = {};
    let bytes = 0;
    for (const path of await listFiles(partial)) {
      files[path] = await sha256File(join(partial, path));
      bytes += (await stat(join(partial, path))).size;
    }
    manifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      label,
      postgresVersion: version,
      lastMigration,
      startLsn: start.rows[0].lsn,
      stopLsn: stop.rows[0].lsn,
      walSegments,
      appSecretIncluded,
      bytes,
      durationMs: Date.now() - started,
      files,
    };
    await writeFile(join(partial, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
  } catch (error) {
    await rm(partial, { recursive: true, force: true }); // our own unfinished copy, never anything else
    throw error;
  } finally {
    await client.end().catch(() => undefined);
    await ours?.stop();
  }
  await rename(partial, dir);
  return { dir, manifest };
}

/** The app's newest applied migration (TypeORM's table), or null before the first start. */
async function readLastMigration(port: number, password: string): Promise<string | null> {
  const client = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'banshishi' });
  try {
    await client.connect();
    const rows = await client.query<{ name: string }>(`SELECT name FROM schema_migration ORDER BY timestamp DESC, id DESC LIMIT 1`);
    return rows.rows[0]?.name ?? null;
  } catch {
    return null;
  } finally {
    await client.end().catch(() => undefined);
  }
}
