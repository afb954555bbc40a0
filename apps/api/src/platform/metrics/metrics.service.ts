// The Prometheus registry of one application instance (a new Registry each, never prom-client's global one: tests run
// several apps in one process) and the few things the rest of the code records into it.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobsService } from '../jobs/jobs.service';
import { ReadReplicas } from '../replicas/read-replicas.service';
import { httpRouteLabel } from './http-route-label';

/** How a request came in: with the requester on record, or anonymously (the QR entry page, or a worker's choice). */
export type SubmissionChannel = 'named' | 'anonymous';
const SUBMISSION_CHANNELS: readonly SubmissionChannel[] = ['named', 'anonymous'];

@Injectable()
export class MetricsService {
  private readonly registry = new Registry();

  private readonly httpDuration = new Histogram({
    name: 'banshishi_http_request_duration_seconds',
    help: 'HTTP request duration by method, route pattern (never the raw URL) and status code',
    labelNames: ['method', 'route', 'status_code'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [this.registry],
  });

  private readonly submitted = new Counter({
    name: 'banshishi_requests_submitted_total',
    help: 'Requests (诉求) submitted, by channel: named (requester on record) or anonymous',
    labelNames: ['channel'] as const,
    registers: [this.registry],
  });

  private readonly sweepDuration = new Histogram({
    name: 'banshishi_clock_sweep_duration_seconds',
    help: 'Duration of one clock sweep (SLA warnings, overdue, escalation, answer windows)',
    buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [this.registry],
  });

  private readonly clockEventsFired = new Counter({
    name: 'banshishi_clock_events_fired_total',
    help: 'Clock events fired by this instance',
    registers: [this.registry],
  });

  private readonly clockEventsFailed = new Counter({
    name: 'banshishi_clock_events_failed_total',
    help: 'Clock events whose firing failed on this instance (the sweep job is retried)',
    registers: [this.registry],
  });

  private readonly poolConnections = new Gauge({
    name: 'banshishi_db_pool_connections',
    help: 'Connections of the application database pool, by state (in_use, idle)',
    labelNames: ['state'] as const,
    registers: [this.registry],
  });

  private readonly poolWaiting = new Gauge({
    name: 'banshishi_db_pool_waiting_clients',
    help: 'Queries waiting for a free connection of the application database pool',
    registers: [this.registry],
  });

  private readonly queueWaiting = new Gauge({
    name: 'banshishi_job_queue_waiting',
    help: 'Background jobs waiting to run (created or awaiting retry), by queue',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  private readonly queueFailed = new Gauge({
    name: 'banshishi_job_queue_failed',
    help: 'Background jobs that failed for good and are not yet archived (pg-boss keeps them 12 hours), by queue',
    labelNames: ['queue'] as const,
    registers: [this.registry],
  });

  private readonly partitionDefaultRows = new Gauge({
    name: 'banshishi_partition_default_rows',
    help: 'Rows in the DEFAULT partition of each monthly-partitioned table (no month made for them yet), as the last partition maintenance on this instance counted',
    labelNames: ['table'] as const,
    registers: [this.registry],
  });

  private readonly replicaLag = new Gauge({
    name: 'banshishi_replica_lag_seconds',
    help: 'How far behind the primary the data of each read replica is (DATABASE_REPLICA_URLS), as last measured; it grows while the replica is down',
    labelNames: ['replica'] as const,
    registers: [this.registry],
  });

  private readonly replicaUp = new Gauge({
    name: 'banshishi_replica_up',
    help: 'Whether reads go to each read replica now (1) or it is skipped: down, not a standby, or too far behind (0)',
    labelNames: ['replica'] as const,
    registers: [this.registry],
  });

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobsService,
    private readonly replicas: ReadReplicas,
  ) {
    // Node's own figures (heap, event loop lag, GC, handles) only when served: they start monitors of their own.
    if (config.metrics) collectDefaultMetrics({ register: this.registry });
    for (const channel of SUBMISSION_CHANNELS) this.submitted.inc({ channel }, 0);
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  observeHttp(method: string, routePattern: string | undefined, statusCode: number, milliseconds: number): void {
    this.httpDuration.observe({ method, route: httpRouteLabel(routePattern), status_code: String(statusCode) }, milliseconds / 1000);
  }

  requestSubmitted(channel: SubmissionChannel): void {
    this.submitted.inc({ channel });
  }

  /** Set by the partition-maintenance job. */
  partitionDefault(table: string, rows: number): void {
    this.partitionDefaultRows.set({ table }, rows);
  }

  /** Runs one clock sweep, recording how long it took and what it fired. */
  async timeSweep<T extends { fired: number; failed: number }>(sweep: () => Promise<T>): Promise<T> {
    const stop = this.sweepDuration.startTimer();
    try {
      const result = await sweep();
      this.clockEventsFired.inc(result.fired);
      this.clockEventsFailed.inc(result.failed);
      return result;
    } finally {
      stop();
    }
  }

  /** The exposition text, with the pool and the queues read now. */
  async render(): Promise<string> {
    // TypeORM's postgres driver keeps its pg Pool as `master` (no replication configured here)
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    if (pool) {
      this.poolConnections.set({ state: 'in_use' }, pool.totalCount - pool.idleCount);
      this.poolConnections.set({ state: 'idle' }, pool.idleCount);
      this.poolWaiting.set(pool.waitingCount);
    }
    for (const replica of this.replicas.status()) {
      this.replicaUp.set({ replica: replica.name }, replica.usable ? 1 : 0);
      if (replica.lagSeconds !== null) this.replicaLag.set({ replica: replica.name }, replica.lagSeconds);
    }
    this.queueWaiting.reset();
    this.queueFailed.reset();
    // Without the database the queues go unreported, but the rest (the pool's waiting clients above all) still answers.
    const queues = await this.jobs.queueStats().catch(() => []);
    for (const queue of queues) {
      this.queueWaiting.set({ queue: queue.name }, queue.waiting);
      this.queueFailed.set({ queue: queue.name }, queue.failed);
    }
    return this.registry.metrics();
  }
}
