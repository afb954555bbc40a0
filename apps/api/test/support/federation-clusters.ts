// 全总汇总's tests: PostgreSQL clusters of their own from the embedded PostgreSQL 17 binaries (initdb, postgres; as in
// streaming-replica.ts), regions with wal_level=logical and a federation, each on a fixed port so a region stopped
// and started again is where its subscriber looks for it. Each is stopped by its postmaster's PID (a fast shutdown,
// SIGKILL to it and its children if it does not end), also when a test fails.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresOwner } from '../../src/database/backup/backup-files';
import { binariesFolder } from '../../src/database/embedded-postgres';

export interface Cluster {
  name: string;
  dir: string;
  password: string;
  /** the `banshishi` database, as the superuser */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function asServerUser(): { uid?: number; gid?: number } {
  const owner = postgresOwner();
  return owner ? { uid: owner.uid, gid: owner.gid } : {};
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The postmaster and its children (each backend leads its own process group, so a group kill would miss them). */
function processesOf(postmaster: number): number[] {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === postmaster;
      } catch {
        return false;
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

function initdb(dir: string, pwfile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const args = ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync'];
    const child = spawn(join(binariesFolder(), 'bin', 'initdb'), args, { ...asServerUser(), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`initdb exited with ${code}: ${err}`))));
  });
}

async function connectWhenUp(url: string, timeoutMs = 30_000): Promise<Client> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const client = new Client({ connectionString: url, connectionTimeoutMillis: 1000 });
    try {
      await client.connect();
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

export interface ClusterSet {
  root: string;
  /** a new cluster, or (`copyOf`, stopped) a copy of another's files: its databases, as they are, without initdb */
  add(name: string, settings: string[], copyOf?: Cluster): Promise<Cluster>;
  /** every cluster stopped by its PID, the folder removed */
  stopAll(): Promise<void>;
}

export function clusterSet(): ClusterSet {
  const root = mkdtempSync(join(tmpdir(), 'banshishi-federation-'));
  chmodSync(root, 0o755); // the servers run as `postgres` when we are root
  const owner = postgresOwner();
  const servers: { child: ChildProcess | null }[] = [];

  const stopServer = async (server: { child: ChildProcess | null }) => {
    const child = server.child;
    server.child = null;
    if (!child?.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const pids = processesOf(child.pid);
    const signal = (pid: number, name: NodeJS.Signals) => {
      try {
        process.kill(pid, name);
      } catch {
        // already gone
      }
    };
    signal(child.pid, 'SIGINT'); // fast shutdown
    const timer = setTimeout(() => pids.forEach((pid) => signal(pid, 'SIGKILL')), 10_000);
    await exited;
    for (let i = 0; i < 200 && pids.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 50));
    clearTimeout(timer);
  };

  return {
    root,
    async add(name, settings, copyOf) {
      const dir = join(root, name);
      let password: string;
      if (copyOf) {
        const copied = spawnSync('cp', ['-a', copyOf.dir, dir]); // -a: the server's user keeps owning the files
        if (copied.status !== 0) throw new Error(`copying ${copyOf.dir}: ${copied.stderr.toString()}`);
        rmSync(join(dir, 'data', 'postmaster.pid'), { force: true });
        password = copyOf.password;
      } else {
        mkdirSync(dir, { mode: 0o700 });
        if (owner) chownSync(dir, owner.uid, owner.gid);
        password = randomBytes(12).toString('hex');
        const pwfile = join(dir, 'pwfile');
        writeFileSync(pwfile, password, { mode: 0o600 });
        if (owner) chownSync(pwfile, owner.uid, owner.gid);
        await initdb(dir, pwfile);
      }
      const port = await freePort();
      const url = (database: string) => `postgres://postgres:${password}@127.0.0.1:${port}/${database}`;
      const server: { child: ChildProcess | null } = { child: null };
      servers.push(server);
      const args = [
        '-D',
        join(dir, 'data'),
        '-p',
        String(port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `unix_socket_directories=${dir}`,
        '-c',
        'max_connections=100',
        '-c',
        'fsync=off',
      ];
      const start = async () => {
        const child = spawn(join(binariesFolder(), 'bin', 'postgres'), [...args, ...settings.flatMap((setting) => ['-c', setting])], {
          ...asServerUser(),
          stdio: ['ignore', 'ignore', 'ignore'],
        });
        server.child = child;
        await (await connectWhenUp(url('postgres'))).end();
      };
      await start();
      if (!copyOf) await withClient(url('postgres'), (client) => client.query(`CREATE DATABASE banshishi`));
      return { name, dir, password, url: url('banshishi'), start, stop: () => stopServer(server) };
    },
    async stopAll() {
      // the last added first: a federation before its regions (a region's fast shutdown waits for its walsenders)
      for (const server of [...servers].reverse()) await stopServer(server);
      rmSync(root, { recursive: true, force: true });
    },
  };
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

export function inDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/**
 * Until the subscription `subscription` (in `subscriberUrl`'s database) has every table copied and has confirmed to the
 * publisher (its slot's confirmed_flush_lsn) the publisher's WAL up to where it is now.
 */
export async function caughtUp(publisherUrl: string, subscriberUrl: string, subscription: string, timeoutMs = 30_000): Promise<void> {
  const [{ lsn }] = await query<{ lsn: string }>(publisherUrl, `SELECT pg_current_wal_lsn()::text AS lsn`);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [copy] = await query<{ copying: number }>(
      subscriberUrl,
      `SELECT count(*)::int AS copying FROM pg_subscription_rel r JOIN pg_subscription s ON s.oid = r.srsubid WHERE s.subname = $1 AND r.srsubstate <> 'r'`,
      [subscription],
    );
    const [slot] = await query<{ done: boolean }>(publisherUrl, `SELECT confirmed_flush_lsn >= $2::pg_lsn AS done FROM pg_replication_slots WHERE slot_name = $1`, [
      subscription,
      lsn,
    ]);
    if (copy.copying === 0 && slot?.done) return;
    if (Date.now() > deadline) throw new Error(`${subscription} did not catch up to ${lsn} within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
