// 全总汇总's tests: PostgreSQL clusters of their own (postgres-servers.ts), regions with wal_level=logical and a
// federation, each on a fixed port so a region stopped and started again is where its subscriber looks for it.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { postgresOwner } from '../../src/database/backup/backup-files';
import { freePort } from './processes';
import { connectWhenUp, initdb, query, startPostgres, stopPostgres, withClient, type PostgresServer } from './postgres-servers';

export { query };

export interface Cluster {
  name: string;
  dir: string;
  password: string;
  /** the `banshishi` database, as the superuser */
  url: string;
  stop(): Promise<void>;
  start(): Promise<void>;
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
  const servers: PostgresServer[] = [];

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
      const server: PostgresServer = { child: null, port: await freePort(), dir };
      const url = (database: string) => `postgres://postgres:${password}@127.0.0.1:${server.port}/${database}`;
      servers.push(server);
      const start = async () => {
        startPostgres(server, settings);
        await (await connectWhenUp(url('postgres'))).end();
      };
      await start();
      if (!copyOf) await withClient(url('postgres'), (client) => client.query(`CREATE DATABASE banshishi`));
      return { name, dir, password, url: url('banshishi'), start, stop: () => stopPostgres(server) };
    },
    async stopAll() {
      // the last added first: a federation before its regions (a region's fast shutdown waits for its walsenders)
      for (const server of [...servers].reverse()) await stopPostgres(server);
      rmSync(root, { recursive: true, force: true });
    },
  };
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
