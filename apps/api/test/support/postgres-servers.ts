// PostgreSQL servers of a test's own, from the embedded PostgreSQL 17 binaries (initdb, postgres): the streaming pair
// (streaming-replica.ts) and the federation's clusters (federation-clusters.ts) start, stop and reach them through
// these. As root the servers run as the `postgres` user. A server is stopped by its postmaster's PID (a fast shutdown,
// or SIGKILL to it and every backend at once, as a lost machine), also when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { postgresOwner } from '../../src/database/backup/backup-files';
import { binariesFolder, pidAlive } from '../../src/database/embedded-postgres';

export interface PostgresServer {
  child: ChildProcess | null;
  port: number;
  /** the cluster's folder: `data` in it, and the server's socket */
  dir: string;
}

function asServerUser(): { uid?: number; gid?: number } {
  const owner = postgresOwner();
  return owner ? { uid: owner.uid, gid: owner.gid } : {};
}

/** One of the PostgreSQL binaries (initdb …) as the server's user; rejects with what it wrote to stderr. */
export function runBinary(binary: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(join(binariesFolder(), 'bin', binary), args, { ...asServerUser(), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${binary} exited with ${code}: ${err}`))));
  });
}

/** A new cluster in `<dir>/data` whose superuser `postgres` has the password in `pwfile`. */
export function initdb(dir: string, pwfile: string): Promise<void> {
  return runBinary('initdb', ['-D', join(dir, 'data'), '-U', 'postgres', '--auth=scram-sha-256', `--pwfile=${pwfile}`, '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
}

/** Starts the server on 127.0.0.1 and its own socket folder; `settings` are `name=value`; `onLog` gets its stderr. */
export function startPostgres(server: PostgresServer, settings: string[], onLog?: (text: string) => void): void {
  const args = ['-D', join(server.dir, 'data'), '-p', String(server.port), '-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${server.dir}`];
  // max_connections for a test's pools; fsync off: a test's throwaway clusters
  for (const setting of ['max_connections=100', 'fsync=off', ...settings]) args.push('-c', setting);
  const child = spawn(join(binariesFolder(), 'bin', 'postgres'), args, { ...asServerUser(), stdio: ['ignore', 'ignore', onLog ? 'pipe' : 'ignore'] });
  child.stderr?.on('data', (chunk: Buffer) => onLog!(chunk.toString()));
  server.child = child;
}

/** The server's processes: the postmaster and its children (each backend leads its own process group, so a group kill would miss them). */
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

/** SIGKILL to the postmaster and every backend at once when `hard` (a lost machine), else a fast shutdown; waits for all. */
export async function stopPostgres(server: PostgresServer, hard = false): Promise<void> {
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
  if (hard) for (const pid of pids) signal(pid, 'SIGKILL');
  else signal(child.pid, 'SIGINT');
  const timer = setTimeout(() => pids.forEach((pid) => signal(pid, 'SIGKILL')), 10_000);
  await exited;
  for (let i = 0; i < 200 && pids.some(pidAlive); i++) await new Promise((resolve) => setTimeout(resolve, 50));
  clearTimeout(timer);
}

/** A connection as soon as the server takes one (it may still be starting or recovering). */
export async function connectWhenUp(url: string, timeoutMs = 30_000): Promise<Client> {
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

export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = await connectWhenUp(url);
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export function query<T = Record<string, unknown>>(url: string, sql: string, params: unknown[] = []): Promise<T[]> {
  return withClient(url, async (client) => (await client.query(sql, params)).rows as T[]);
}
