// Readiness: can this instance do its work? Each check has its own short timeout; the database is reached through a
// connection of its own, kept between probes (never the request pool, so a pool starved by row locks does not make a
// healthy instance look down).
import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readiness, ReadinessCheck, ReadinessCheckName } from '@banshishi/contracts';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { MIGRATIONS } from '../../database/migrations';
import { JobsService } from '../../platform/jobs/jobs.service';
import { UploadStorage } from '../../platform/storage/upload-storage';

export const CHECK_TIMEOUT_MS = 2000;

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${CHECK_TIMEOUT_MS / 1000} s`)), CHECK_TIMEOUT_MS);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

@Injectable()
export class ReadinessService implements OnApplicationShutdown {
  private readonly latestMigration = MIGRATIONS[MIGRATIONS.length - 1].name;
  private client: Promise<Client> | null = null;
  private running: Promise<Readiness> | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly storage: UploadStorage,
  ) {}

  /** Probes arriving while one runs share its answer: the connection runs one query at a time, and a flood of probes costs one. */
  check(): Promise<Readiness> {
    this.running ??= this.checkNow().finally(() => (this.running = null));
    return this.running;
  }

  private async checkNow(): Promise<Readiness> {
    // One after the other: in PostgreSQL the upload probe uses the same connection.
    const database = await this.checkDatabase();
    const uploads = await this.checkUploads();
    const details: Record<ReadinessCheckName, ReadinessCheck> = { database: database.database, migrations: database.migrations, jobs: this.checkJobs(), uploads };
    const entries = Object.entries(details) as [ReadinessCheckName, ReadinessCheck][];
    return {
      status: entries.every(([, result]) => result.status === 'up') ? 'ok' : 'error',
      info: Object.fromEntries(entries.filter(([, result]) => result.status === 'up')),
      error: Object.fromEntries(entries.filter(([, result]) => result.status === 'down')),
      details,
    };
  }

  /**
   * One connection of the check's own answers both: is the server there, and has the latest migration been applied?
   * It is kept between probes (a load balancer asks every few seconds; a new backend per probe is a cost of its own
   * on a busy server) and dropped on any error, so the next probe connects afresh.
   */
  private async checkDatabase(): Promise<{ database: ReadinessCheck; migrations: ReadinessCheck }> {
    let applied: boolean;
    try {
      applied = await withTimeout(
        (async () => {
          const client = await this.connection();
          const rows = await client.query<{ applied: boolean }>(
            `SELECT to_regclass('schema_migration') IS NOT NULL AND EXISTS (SELECT 1 FROM schema_migration WHERE name = $1) AS applied`,
            [this.latestMigration],
          );
          return rows.rows[0]?.applied === true;
        })(),
        'the database',
      );
    } catch (error) {
      this.dropConnection();
      return { database: { status: 'down', message: message(error) }, migrations: { status: 'down', message: 'the database cannot be reached' } };
    }
    return {
      database: { status: 'up' },
      migrations: applied ? { status: 'up' } : { status: 'down', message: `${this.latestMigration} is not applied` },
    };
  }

  private connection(): Promise<Client> {
    if (!this.client) {
      const client = new Client({
        connectionString: (this.dataSource.options as { url?: string }).url,
        connectionTimeoutMillis: CHECK_TIMEOUT_MS,
        query_timeout: CHECK_TIMEOUT_MS,
        application_name: 'banshishi-health',
      });
      client.on('error', () => this.dropConnection(client)); // a connection that dies between probes is replaced
      this.client = client.connect().then(() => client);
    }
    return this.client;
  }

  private dropConnection(which?: Client): void {
    const current = this.client;
    if (!current) return;
    void current.then(
      (client) => {
        if (which && client !== which) return;
        if (this.client === current) this.client = null;
        void client.end().catch(() => undefined);
      },
      () => {
        if (this.client === current) this.client = null;
      },
    );
    if (!which) this.client = null;
  }

  /** The check's connection must not outlive the app (a test drops its database right after). */
  async onApplicationShutdown(): Promise<void> {
    const current = this.client;
    this.client = null;
    const client = await current?.catch(() => null);
    await client?.end().catch(() => undefined);
  }

  private checkJobs(): ReadinessCheck {
    if (!this.config.jobs) return { status: 'up', message: 'off (JOBS=off)' };
    return this.jobs.running ? { status: 'up' } : { status: 'down', message: 'the job queue is not running' };
  }

  /** The storage's own probe: a file written and deleted on disk; in PostgreSQL, through the check's own connection. */
  private async checkUploads(): Promise<ReadinessCheck> {
    try {
      await withTimeout(
        this.storage.probe(async (sql) => (await (await this.connection()).query(sql)).rows),
        'upload storage',
      );
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', message: message(error) };
    }
  }
}
