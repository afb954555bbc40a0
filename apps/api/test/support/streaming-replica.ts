// A primary and a hot-standby replica with real streaming replication, from the embedded PostgreSQL 17 binaries: the
// replica is a base backup taken through the low-level backup API (pg_backup_start/stop, the same file selection as
// db:backup) with standby.signal, primary_conninfo, a replication role, its own pg_hba line and a physical slot (the
// primary keeps the WAL while the replica is down). Killing the replica sends SIGKILL to its postmaster and every
// backend at once, as a lost machine would. Every statement is logged with the connection's application_name, for the
// tests to see where a read ran.
import { randomBytes } from 'node:crypto';
import { appendFileSync, chmodSync, chownSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyTree, ownAsServer, postgresOwner } from '../../src/database/backup/backup-files';
import { dataSkip } from '../../src/database/backup/base-backup';
import { freePort } from './processes';
import { connectWhenUp, initdb, startPostgres, stopPostgres, withClient, type PostgresServer } from './postgres-servers';

export const DATABASE = 'banshishi';
const SLOT = 'replica_one';

interface Server extends PostgresServer {
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

/** Every statement logged with the connection's application_name, for the tests to see where a read ran. */
function start(server: Server, settings: string[]): void {
  startPostgres(server, ['log_statement=all', 'log_line_prefix=%a| ', ...settings], (text) => (server.log += text));
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
    await stopPostgres(replica, true);
    await stopPostgres(primary);
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
    await initdb(primary.dir, pwfile);
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
      killReplica: () => stopPostgres(replica, true),
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
