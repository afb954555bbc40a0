// Background jobs on PostgreSQL (pg-boss 10, its own schema `pgboss` in the application database): queues, retries
// and cron schedules live in the database, so they survive restarts and are shared by every API instance.
import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import PgBoss from 'pg-boss';
import type { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { isShuttingDown } from '../../common/shutdown';
import { reportUnawaitedCompletions } from './pg-boss-unawaited-completions';

/** Shared by every replica: queue set-up runs one at a time. */
const JOBS_SETUP_LOCK = 72_021_928;

export interface JobDefinition<T extends object> {
  name: string;
  handle(data: T): Promise<void>;
  /** attempts after the first failure */
  retryLimit: number;
  retryDelaySeconds: number;
  /** a pg-boss cron expression (at most once a minute) */
  cron?: string;
  /** also send the job every so many seconds (tests), at most one per window across all instances */
  everySeconds?: number | null;
}

/** What pg-boss needs to write its job rows through the caller's transaction. */
function transactionDb(manager: EntityManager): PgBoss.Db {
  return {
    async executeSql(text: string, values: unknown[]) {
      const raw: unknown = await manager.query(text, values);
      // TypeORM answers UPDATE/DELETE with [rows, count], everything else with rows
      const rows = Array.isArray(raw) && raw.length === 2 && Array.isArray(raw[0]) && typeof raw[1] === 'number' ? raw[0] : raw;
      return { rows: rows as unknown[] };
    },
  };
}

@Injectable()
export class JobsService implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly definitions: JobDefinition<object>[] = [];
  private readonly timers: NodeJS.Timeout[] = [];
  private boss: PgBoss | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  /** Called by feature services while the modules initialise; the jobs start with the application. */
  define<T extends object>(definition: JobDefinition<T>): void {
    this.definitions.push(definition as unknown as JobDefinition<object>);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.jobs) return;
    reportUnawaitedCompletions();
    const boss = new PgBoss({
      connectionString: (this.dataSource.options as { url?: string }).url,
      schema: 'pgboss',
      migrate: true,
      max: 4,
      application_name: 'banshishi-jobs',
    });
    boss.on('error', (error) => (isShuttingDown() ? this.logger.debug(`pg-boss while stopping: ${error.message}`) : this.logger.error(`pg-boss: ${error.message}`)));
    await boss.start();
    // Creating a queue is DDL (pg-boss makes a partition per queue): replicas starting together would deadlock on it,
    // so they take turns under an advisory lock.
    const setup = this.dataSource.createQueryRunner();
    await setup.connect();
    try {
      await setup.query('SELECT pg_advisory_lock($1)', [JOBS_SETUP_LOCK]);
      for (const definition of this.definitions) {
        await boss.createQueue(definition.name, { name: definition.name, retryLimit: definition.retryLimit, retryDelay: definition.retryDelaySeconds, retryBackoff: true });
      }
    } finally {
      await setup.query('SELECT pg_advisory_unlock($1)', [JOBS_SETUP_LOCK]).catch(() => undefined);
      await setup.release();
    }
    const polling = this.config.clockSweepSeconds !== null ? 0.5 : 2;
    for (const definition of this.definitions) {
      await boss.work<object>(definition.name, { pollingIntervalSeconds: polling }, async (jobs) => {
        for (const job of jobs) await definition.handle(job.data);
      });
      if (definition.cron) await boss.schedule(definition.name, definition.cron); // pg-boss sends each minute's job once, whichever instance sees it
      const every = definition.everySeconds;
      if (every) {
        const timer = setInterval(() => {
          boss
            .send(definition.name, {}, { singletonKey: definition.name, singletonSeconds: every })
            .catch((error: Error) => this.logger.warn(`${definition.name}: ${error.message}`));
        }, every * 1000);
        timer.unref();
        this.timers.push(timer);
      }
    }
    this.boss = boss;
  }

  async beforeApplicationShutdown(): Promise<void> {
    for (const timer of this.timers.splice(0)) clearInterval(timer);
    const boss = this.boss;
    this.boss = null;
    await boss?.stop({ graceful: true, wait: true, timeout: 5000 });
  }

  /**
   * Queues a job in the caller's transaction: it exists (and runs) only if the transaction commits.
   * Returns false when jobs are off.
   */
  async sendInTransaction(manager: EntityManager, name: string, data: object): Promise<boolean> {
    if (!this.boss) return false;
    await this.boss.send(name, data, { db: transactionDb(manager) });
    return true;
  }

  /** For /metrics (read-only): per queue, the jobs waiting to run and those failed for good (until pg-boss archives them); none when jobs are off. */
  async queueStats(): Promise<{ name: string; waiting: number; failed: number }[]> {
    if (!this.boss) return [];
    const names = this.definitions.map((definition) => definition.name);
    const rows: { name: string; waiting: number; failed: number }[] = await this.dataSource.query(
      `SELECT name, count(*) FILTER (WHERE state IN ('created', 'retry'))::int AS waiting, count(*) FILTER (WHERE state = 'failed')::int AS failed
         FROM pgboss.job WHERE name = ANY($1) GROUP BY name`,
      [names],
    );
    return names.map((name) => rows.find((row) => row.name === name) ?? { name, waiting: 0, failed: 0 });
  }
}
