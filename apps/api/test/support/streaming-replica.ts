// A primary and a hot-standby replica with real streaming replication, from the embedded PostgreSQL 17 binaries: the
// replica is a base backup taken through the low-level backup API (pg_backup_start/stop, the same file selection as
// db:backup) with standby.signal, primary_conninfo, a replication role, its own pg_hba line and a physical slot (the
// primary keeps the WAL while the replica is down). Killing the replica sends SIGKILL to its postmaster and every
// backend at once, as a lost machine would. Every statement is logged with the connection's application_name, for the
// tests to see where a read ran.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, chownSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { copyTree, ownAsServer, postgresOwner } from '../../src/database/backup/backup-files';
import { dataSkip } from '../../src/database/backup/base-backup';
import { binariesFolder } from '../../src/database/embedded-postgres';

export const DATABASE = 'banshishi';
const SLOT = 'replica_one';

interface Server {
  child: ChildProcess | null;
  port: number;
  dir: string;
  /** everything the server wrote to stderr (its log), from the first start */
  log: string;
}

export interface StreamingPair {
  primaryUrl: string;
  replicaUrl: string;
  /** a superuser on the replica's `postgres` database (pause and resume replay) */
  replicaAdminUrl: string;
  /** how long each server's log is now: pass it to logSince() */
  logMarks(): { primary: number; replica: number };
  logSince(marks: { primary: number; replica: number }): { primary: string; replica: string };
  /** SIGKILL to the replica's postmaster and every backend at once */
  killReplica(): Promise<void>;
  /** starts the replica again on its folder (crash recovery, then streaming from the slot) */
  restartReplica(): Promise<void>;
  /** until the replica has replayed everything the primary has written so far */
  caughtUp(timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function postgresArgs(server: Server, extra: string[]): string[] {
  return [
    '-D',
    join(server.dir, 'data'),
    '-p',
    String(server.port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${server.dir}`,
    '-c',
    'max_connections=100',
    '-c',
    'log_statement=all',
    '-c',
    'log_line_prefix=%a| ',
    '-c',
    'fsync=off', // a test's throwaway clusters
    ...extra.flatMap((setting) => ['-c', setting]),
  ];
}

function asServerUser(): { uid?: number; gid?: number } {
  const owner = postgresOwner();
  return owner ? { uid: owner.uid, gid: owner.gid } : {};
}

function run(binary: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(binariesFolder(), 'bin', binary), args, { ...asServerUser(), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${binary} exited with ${code}: ${err}`))));
  });
}

function start(server: Server, extra: string[]): void {
  const child = spawn(join(binariesFolder(), 'bin', 'postgres'), postgresArgs(server, extra), { ...asServerUser(), stdio: ['ignore', 'ignore', 'pipe'] });
  child.stderr!.on('data', (chunk: Buffer) => (server.log += chunk.toString()));
  server.child = child;
}

/** The server's processes: the postmaster and its children (each backend makes itself a process group leader). */
function processesOf(postmaster: number): number[] {
  const children = readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        // the parent is the 4th field, after the command in parentheses (which may hold spaces)
        return Number(readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ')[1]) === postmaster;
      } catch {
        return false; // gone meanwhile
      }
    })
    .map(Number);
  return [postmaster, ...children];
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGKILL to the postmaster and every backend at once when `hard` (a lost machine), else a fast shutdown; waits for all. */
async function stopServer(server: Server, hard: boolean): Promise<void> {
  const child = server.child;
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
  if (hard) for (const pid of pids) signal(pid, 'SIGKILL');
  else signal(child.pid, 'SIGINT');
  const timer = setTimeout(() => pids.forEach((pid) => signal(pid, 'SIGKILL')), 10_000);
  await exited;
  for (let i = 0; i < 200 && pids.some(alive); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  clearTimeout(timer);
  server.child = null;
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

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await connectWhenUp(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function startStreamingPair(): Promise<StreamingPair> {
  const root = mkdtempSync(join(tmpdir(), 'banshishi-replicas-'));
  chmodSync(root, 0o755); // the servers run as `postgres` when we are root
  const owner = postgresOwner();
  const password = randomBytes(12).toString('hex');
  const replicationPassword = randomBytes(12).toString('hex');
  const primary: Server = { child: null, port: await freePort(), dir: join(root, 'primary'), log: '' };
  const replica: Server = { child: null, port: await freePort(), dir: join(root, 'replica'), log: '' };
  const url = (server: Server, database: string, user = 'postgres', secret = password) => `postgres://${user}:${secret}@127.0.0.1:${server.port}/${database}`;

  const stop = async () => {
    await stopServer(replica, true);
    await stopServer(primary, false);
    rmSync(root, { recursive: true, force: true });
  };

  try {
    // The primary: a new cluster, WAL for a replica, a replication role allowed by pg_hba and a slot of its own.
    for (const dir of [primary.dir, replica.dir]) {
      mkdirSync(dir, { mode: 0o700 });
      if (owner) chownSync(dir, owner.uid, owner.gid);
    }
    const pwfile = join(primary.dir, 'pwfile');
    writeFileSync(pwfile, password, { mode: 0o600 });
    if (owner) chownSync(pwfile, owner.uid, owner.gid);
    await run('initdb', ['-D', join(primary.dir, 'data'), '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
    writeFileSync(join(primary.dir, 'data', 'pg_hba.conf'), ['host all all 127.0.0.1/32 scram-sha-256', 'host replication replicator 127.0.0.1/32 scram-sha-256', ''].join('\n'));
    start(primary, ['wal_level=replica', 'max_wal_senders=4', 'max_replication_slots=4']);
    await withClient(url(primary, 'postgres'), async (client) => {
      await client.query(`CREATE DATABASE ${DATABASE}`);
      await client.query(`CREATE ROLE replicator WITH REPLICATION LOGIN PASSWORD '${replicationPassword}'`);
      await client.query(`SELECT pg_create_physical_replication_slot($1, true)`, [SLOT]);

      // The base backup through the low-level API, in this one session.
      await client.query(`SELECT pg_backup_start('replica', fast => true)`);
      await copyTree(join(primary.dir, 'data'), join(replica.dir, 'data'), dataSkip);
      const stopped = await client.query<{ labelfile: string }>(`SELECT labelfile FROM pg_backup_stop(wait_for_archive => false)`);
      writeFileSync(join(replica.dir, 'data', 'backup_label'), stopped.rows[0].labelfile);
    });

    // The replica: a standby of the primary, through the slot, open to read-only queries.
    writeFileSync(join(replica.dir, 'data', 'standby.signal'), '');
    appendFileSync(
      join(replica.dir, 'data', 'postgresql.auto.conf'),
      [
        `primary_conninfo = 'host=127.0.0.1 port=${primary.port} user=replicator password=${replicationPassword} application_name=replica_one'`,
        `primary_slot_name = '${SLOT}'`,
        'hot_standby = on',
        'hot_standby_feedback = on',
        '',
      ].join('\n'),
    );
    await ownAsServer(join(replica.dir, 'data'));
    start(replica, []);
    const pair: StreamingPair = {
      primaryUrl: url(primary, DATABASE),
      replicaUrl: url(replica, DATABASE),
      replicaAdminUrl: url(replica, 'postgres'),
      logMarks: () => ({ primary: primary.log.length, replica: replica.log.length }),
      logSince: (marks) => ({ primary: primary.log.slice(marks.primary), replica: replica.log.slice(marks.replica) }),
      killReplica: () => stopServer(replica, true),
      restartReplica: async () => {
        start(replica, []);
        await (await connectWhenUp(url(replica, 'postgres'))).end();
      },
      caughtUp: async (timeoutMs = 30_000) => {
        const target = await withClient(url(primary, 'postgres'), async (client) => (await client.query<{ lsn: string }>(`SELECT pg_current_wal_lsn()::text AS lsn`)).rows[0].lsn);
        await withClient(url(replica, 'postgres'), async (client) => {
          const deadline = Date.now() + timeoutMs;
          for (;;) {
            const { rows } = await client.query<{ done: boolean }>(`SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done`, [target]);
            if (rows[0].done) return;
            if (Date.now() > deadline) throw new Error(`the replica did not replay up to ${target} within ${timeoutMs} ms`);
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
        });
      },
      stop,
    };
    await pair.caughtUp();
    return pair;
  } catch (error) {
    await stop();
    throw error;
  }
}
