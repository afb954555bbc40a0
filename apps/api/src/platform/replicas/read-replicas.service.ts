// Where a read goes: a hot-standby replica (DATABASE_REPLICA_URLS) when the request may read from one and a replica is
// up, at most REPLICA_MAX_LAG_SECONDS behind and past the reader's last write; otherwise the primary. Replicas are
// checked every REPLICA_CHECK_MS; a read that fails on a replica for want of it is run again on the primary.
import { Inject, Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { isDatabaseUnavailable } from '../../common/errors/database-unavailable';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { dataSourceOptions } from '../../database/data-source';
import { readContext } from './read-context';
import { walReached } from './wal-position';

/** A replica further behind than this is skipped. */
export const REPLICA_MAX_LAG_SECONDS = 30;
export const REPLICA_CHECK_MS = 1000;
/** A replica that does not answer this fast is down for this round (the primary's own timeout is 5 s). */
export const REPLICA_CONNECT_TIMEOUT_MS = 1000;
/** How the replicas' connections name themselves in pg_stat_activity. */
export const REPLICA_APPLICATION_NAME = 'banshishi-replica';
/** Primary positions remembered to date a replica's data (one per check: a minute and more at one a second). */
const HISTORY = 90;

export interface ReplicaStatus {
  /** host:port/database (never the credentials) */
  name: string;
  /** reads go to it now */
  usable: boolean;
  /** every commit before this instant is visible on it; null when never measured */
  dataAsOf: Date | null;
  lagSeconds: number | null;
}

interface Replica {
  name: string;
  url: string;
  source: DataSource | null;
  /** a connection being opened (one at a time) */
  opening: Promise<DataSource> | null;
  usable: boolean;
  /** pg_last_wal_replay_lsn() at the last check */
  replayed: string | null;
  dataAsOf: Date | null;
}

/** SQLSTATEs after which a replica's read is run again on the primary. */
const RETRY_ON_PRIMARY = new Set([
  '40001', // canceled by a conflict with recovery (a vacuum replayed under the query)
  '25006', // read-only transaction: a "read" that writes belongs on the primary
]);

function replicaName(url: string): string {
  const parsed = new URL(url);
  return `${parsed.host}${parsed.pathname}`;
}

function sqlState(error: unknown): string {
  const candidate = error as { code?: unknown; driverError?: { code?: unknown } } | null;
  const code = candidate?.code ?? candidate?.driverError?.code;
  return typeof code === 'string' ? code : '';
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

@Injectable()
export class ReadReplicas implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('ReadReplicas');
  private readonly replicas: Replica[];
  /** the primary's WAL position at each recent check, newest last */
  private readonly history: { at: Date; lsn: string }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;
  private nextIndex = 0;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly primary: DataSource,
  ) {
    this.replicas = config.databaseReplicaUrls.map((url) => ({ name: replicaName(url), url, source: null, opening: null, usable: false, replayed: null, dataAsOf: null }));
  }

  get enabled(): boolean {
    return this.replicas.length > 0;
  }

  async onModuleInit(): Promise<void> {
    if (!this.enabled) return;
    await this.check();
    this.schedule();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.all(this.replicas.map((replica) => replica.source?.destroy().catch(() => undefined)));
  }

  /**
   * Runs `work` on a replica when this request may read from one, else on the primary. `work` only reads, and may run
   * twice: a second time on the primary when the replica goes away under it.
   */
  async read<T>(work: (db: DataSource) => Promise<T>): Promise<T> {
    const context = readContext.getStore();
    const replica = context?.replicaAllowed ? this.choose(context.readAfter) : null;
    if (!context || !replica?.source) return work(this.primary);
    const dataAsOf = replica.dataAsOf;
    try {
      const result = await work(replica.source);
      if (dataAsOf && (!context.dataAsOf || dataAsOf < context.dataAsOf)) context.dataAsOf = dataAsOf;
      return result;
    } catch (error) {
      const unavailable = isDatabaseUnavailable(error);
      if (!unavailable && !RETRY_ON_PRIMARY.has(sqlState(error))) throw error;
      if (unavailable) replica.usable = false; // until a check finds it back
      this.logger.warn(`a read on replica ${replica.name} failed (${error instanceof Error ? error.message : String(error)}); read from the primary instead`);
      return work(this.primary);
    }
  }

  /** The primary's WAL position now: a reader who just wrote reads replicas only once they have replayed this far. */
  async primaryPosition(): Promise<string> {
    const [row] = (await this.primary.query(`SELECT pg_current_wal_lsn()::text AS lsn`)) as { lsn: string }[];
    return row.lsn;
  }

  status(now = new Date()): ReplicaStatus[] {
    return this.replicas.map((replica) => ({
      name: replica.name,
      usable: replica.usable,
      dataAsOf: replica.dataAsOf,
      lagSeconds: replica.dataAsOf ? Math.max(0, (now.getTime() - replica.dataAsOf.getTime()) / 1000) : null,
    }));
  }

  /** Looks at every replica once: up, a standby, and how far its data reaches. Never throws. */
  async check(): Promise<void> {
    const at = new Date();
    try {
      const lsn = await withTimeout(this.primaryPosition(), REPLICA_CONNECT_TIMEOUT_MS * 2, 'the primary');
      this.history.push({ at, lsn });
      if (this.history.length > HISTORY) this.history.shift();
    } catch {
      // the primary is away: the replicas are dated by what they have replayed of the positions seen before
    }
    await Promise.all(this.replicas.map((replica) => this.checkOne(replica)));
  }

  private schedule(): void {
    if (this.stopped) return;
    this.timer = setTimeout(() => void this.check().finally(() => this.schedule()), REPLICA_CHECK_MS);
    this.timer.unref();
  }

  private choose(readAfter: string | null): Replica | null {
    const candidates = this.replicas.filter(
      (replica) => replica.usable && replica.source && (readAfter === null || (replica.replayed !== null && walReached(replica.replayed, readAfter))),
    );
    if (candidates.length === 0) return null;
    this.nextIndex = (this.nextIndex + 1) % candidates.length;
    return candidates[this.nextIndex];
  }

  private open(replica: Replica): Promise<DataSource> {
    if (replica.source?.isInitialized) return Promise.resolve(replica.source);
    replica.opening ??= this.connect(replica).finally(() => (replica.opening = null));
    return replica.opening;
  }

  private async connect(replica: Replica): Promise<DataSource> {
    const options = dataSourceOptions(replica.url);
    const source = new DataSource({
      ...options,
      migrations: [],
      extra: { ...options.extra, application_name: REPLICA_APPLICATION_NAME, connectionTimeoutMillis: REPLICA_CONNECT_TIMEOUT_MS },
    } as typeof options);
    await source.initialize();
    if (this.stopped) {
      await source.destroy(); // the app closed while this connection was being opened
      throw new Error('the application is shutting down');
    }
    replica.source = source;
    return source;
  }

  private async checkOne(replica: Replica): Promise<void> {
    const wasUsable = replica.usable;
    try {
      const source = await withTimeout(this.open(replica), REPLICA_CONNECT_TIMEOUT_MS * 2, replica.name);
      const [row] = (await withTimeout(
        source.query(`SELECT pg_is_in_recovery() AS standby, pg_last_wal_replay_lsn()::text AS replayed, pg_last_xact_replay_timestamp() AS "replayedAt"`),
        REPLICA_CONNECT_TIMEOUT_MS * 2,
        replica.name,
      )) as { standby: boolean; replayed: string | null; replayedAt: Date | null }[];
      if (!row.standby || row.replayed === null) throw new Error('it is not a standby (promoted, or a primary)');
      replica.replayed = row.replayed;
      // The newest primary position it has replayed dates its data; failing that, its last replayed commit.
      const reached = [...this.history].reverse().find((sample) => walReached(row.replayed!, sample.lsn));
      replica.dataAsOf = reached?.at ?? row.replayedAt ?? replica.dataAsOf;
      const lag = replica.dataAsOf ? (Date.now() - replica.dataAsOf.getTime()) / 1000 : Infinity;
      replica.usable = lag <= REPLICA_MAX_LAG_SECONDS;
      if (!replica.usable && wasUsable) this.logger.warn(`replica ${replica.name} is ${Math.round(lag)} s behind: reads go elsewhere until it catches up`);
    } catch (error) {
      replica.usable = false;
      if (wasUsable) this.logger.warn(`replica ${replica.name} is unavailable (${error instanceof Error ? error.message : String(error)}): reads go elsewhere`);
    }
    if (replica.usable && !wasUsable) this.logger.log(`replica ${replica.name} takes reads`);
  }
}
