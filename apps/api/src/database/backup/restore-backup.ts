// `npm run db:restore <backup>`: puts a base backup back under DATA_DIR and lets PostgreSQL recover it — to the
// moment the backup ended, or with `until` further along the WAL archive (point-in-time recovery).
import { existsSync, readFileSync } from 'node:fs';
import { copyFile, cp, readdir, rename, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { embeddedLayout } from '../database-runtime';
import { startEmbeddedPostgres } from '../embedded-postgres';
import { BackupError, type BackupManifest, copyTree, ownAsServer, readManifest, sha256File } from './backup-files';
import { runningServer } from './base-backup';

export interface RestoreOptions {
  dataDir: string;
  backupDir: string;
  /** an ISO time to recover to through the WAL archive, or 'latest' for all of it; default: the backup's own moment */
  until?: string;
  log?: (line: string) => void;
}

export interface RestoreResult {
  manifest: BackupManifest;
  /** where the data that was there before went (nothing is deleted) */
  setAside: string[];
  recoveredTo: string;
  durationMs: number;
}

const shellQuote = (path: string) => `'${path.replaceAll("'", "'\\''").replaceAll('%', '%%')}'`;

export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const log = options.log ?? (() => undefined);
  const started = Date.now();
  const dataDir = resolve(options.dataDir);
  const backupDir = resolve(options.backupDir);
  const { clusterDir, archiveDir } = embeddedLayout(dataDir);
  const manifest = readManifest(backupDir);

  const live = runningServer(clusterDir);
  if (live) throw new BackupError(`PostgreSQL (pid ${live.pid}) is running on ${clusterDir}: stop the app (and \`npm run dev\`) before restoring`);
  const recoveryTarget = recoverySettings(options.until, manifest);

  log(`checking ${Object.keys(manifest.files).length} files against the manifest`);
  for (const [path, sum] of Object.entries(manifest.files)) {
    const file = join(backupDir, path);
    if (!existsSync(file) || (await sha256File(file)) !== sum) throw new BackupError(`${file} is missing or damaged (checksum): the backup cannot be trusted`);
  }

  // Nothing is deleted: what is there now moves to <name>.before-restore-<time>, and comes back if the restore fails.
  const suffix = `.before-restore-${new Date(started).toISOString().replace(/[:.]/g, '-')}`;
  const moves: [string, string][] = [];
  const setAside = async (path: string) => {
    if (!existsSync(path)) return;
    await rename(path, path + suffix);
    moves.push([path, path + suffix]);
  };
  const asideCluster = clusterDir + suffix;
  // The archive and the old pg_wal serve only when they are of the backup's cluster (same system identifier); an
  // archive of another cluster is set aside, since the restored one will archive there.
  const backupId = systemIdentifier(join(backupDir, 'data', 'global', 'pg_control'), 0);
  const archivedSegment = existsSync(archiveDir) ? (await readdir(archiveDir)).find((name) => /^[0-9A-F]{24}$/.test(name)) : undefined;
  const archiveOfOther = archivedSegment !== undefined && systemIdentifier(join(archiveDir, archivedSegment), 24) !== backupId;
  const sameCluster = systemIdentifier(join(clusterDir, 'global', 'pg_control'), 0) === backupId;
  try {
    if (archiveOfOther) await setAside(archiveDir);
    await setAside(clusterDir);
    await setAside(`${clusterDir}.password`);
    await setAside(join(dataDir, 'uploads'));
    const secretFile = join(dataDir, 'app-secret');
    const sameSecret = existsSync(secretFile) && (await sha256File(secretFile)) === manifest.files['app-secret'];
    if (manifest.appSecretIncluded && !sameSecret) await setAside(secretFile);

    await cp(join(backupDir, 'data'), clusterDir, { recursive: true });
    for (const name of await readdir(join(backupDir, 'wal'))) await copyFile(join(backupDir, 'wal', name), join(clusterDir, 'pg_wal', name));
    await writeFile(join(clusterDir, 'recovery.signal'), '');
    await ownAsServer(clusterDir);
    await copyFile(join(backupDir, 'postgres.password'), `${clusterDir}.password`);

    // Segments come from the archive, else from the old cluster's pg_wal (its last, unarchived one), else from the
    // backup's own copies already in pg_wal. Starting waits until recovery has finished and the server is promoted.
    const sources = [archiveDir, ...(sameCluster ? [join(asideCluster, 'pg_wal')] : [])];
    const restoreCommand = sources.map((dir) => `{ test -f ${shellQuote(dir)}/%f && cp ${shellQuote(dir)}/%f %p; }`).join(' || ');
    log(`recovering (${options.until ? `until ${options.until}` : 'to the end of the backup'})`);
    const serverLog: string[] = [];
    const server = await startEmbeddedPostgres({
      clusterDir,
      archiveDir,
      database: 'banshishi',
      settings: [`restore_command=${restoreCommand}`, 'recovery_target_action=promote', ...recoveryTarget],
      log: (line) => serverLog.push(...line.split('\n')),
    }).catch((error: unknown) => {
      const said = serverLog.filter((line) => /FATAL|ERROR|PANIC/.test(line)).slice(-5);
      throw new BackupError(`recovery failed${said.length > 0 ? `: ${said.join(' / ')}` : `: ${String(error)}`}`);
    });
    try {
      const client = new Client({ connectionString: server.url });
      await client.connect();
      try {
        const state = await client.query<{ recovering: boolean }>(`SELECT pg_is_in_recovery() AS recovering`);
        if (state.rows[0].recovering) throw new BackupError('PostgreSQL is still recovering; see its log (LOG_LEVEL=debug)');
      } finally {
        await client.end();
      }
    } finally {
      await server.stop();
    }
    const recoveredTo = options.until ?? manifest.createdAt;

    if (existsSync(join(backupDir, 'uploads'))) await copyTree(join(backupDir, 'uploads'), join(dataDir, 'uploads'));
    if (manifest.appSecretIncluded) await copyFile(join(backupDir, 'app-secret'), join(dataDir, 'app-secret'));
    return { manifest, setAside: moves.map(([, to]) => to), recoveredTo, durationMs: Date.now() - started };
  } catch (error) {
    // Put everything back as it was; the failed attempt is kept beside it for a look.
    const failed = `.failed-restore-${new Date(started).toISOString().replace(/[:.]/g, '-')}`;
    for (const [original, aside] of moves.reverse()) {
      if (existsSync(original)) await rename(original, original + failed);
      await rename(aside, original);
    }
    throw error;
  }
}

/** A cluster's system identifier: 8 bytes at `offset` of pg_control (0) or of a WAL segment's first page (24); null if absent. */
function systemIdentifier(file: string, offset: number): string | null {
  return existsSync(file)
    ? readFileSync(file)
        .subarray(offset, offset + 8)
        .toString('hex')
    : null;
}

function recoverySettings(until: string | undefined, manifest: BackupManifest): string[] {
  // 'immediate': stop as soon as the backup is consistent, i.e. at the moment pg_backup_stop ran.
  if (!until) return ['recovery_target=immediate', 'recovery_target_timeline=current'];
  if (until === 'latest') return ['recovery_target_timeline=latest'];
  const time = new Date(until);
  if (Number.isNaN(time.getTime())) throw new BackupError(`--until: "${until}" is not a time (e.g. 2026-12-01T15:30:00Z) or "latest"`);
  if (time.toISOString() < manifest.createdAt) throw new BackupError(`--until ${until} is before the backup ended (${manifest.createdAt}): choose an older backup`);
  // PostgreSQL takes no zone abbreviation here (not even "Z"): a numeric offset.
  return [`recovery_target_time=${time.toISOString().replace('T', ' ').replace('Z', '+00')}`, 'recovery_target_timeline=latest', 'recovery_target_inclusive=true'];
}
