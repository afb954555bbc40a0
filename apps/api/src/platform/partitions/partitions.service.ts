// Monthly partitions (migration 1764302500000, docs/decisions.md “Monthly partitions”): the months ahead are made
// before anything is written to them; rows caught by a DEFAULT partition are moved to their months, or reported.
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MONTHS_AHEAD } from '../../database/migrations/1764302500000-monthly-partitions';
import { Clock } from '../clock/clock';
import { MetricsService } from '../metrics/metrics.service';

export interface PartitionMaintenance {
  /** month partitions made by this run */
  created: number;
  /** per monthly-partitioned table, the rows waiting in its DEFAULT partition */
  defaultRows: { table: string; rows: number }[];
}

/** A DEFAULT partition with at most this many rows is drained by the job; a bigger one (a bulk load) is left to an operator. */
const DRAIN_LIMIT = 10_000;

/** A run waits at most this long for a table lock (creating a partition locks its parent), then fails and is retried. */
const LOCK_TIMEOUT = '5s';

@Injectable()
export class PartitionsService {
  private readonly logger = new Logger('Partitions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly metrics: MetricsService,
  ) {}

  /** Makes the months of [from, to] (China months) of every monthly-partitioned table, or of one; idempotent. Returns how many were made. */
  async ensureMonths(from: Date, to: Date, table: string | null = null): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT set_config('lock_timeout', $1, true)`, [LOCK_TIMEOUT]);
      const [row]: { made: number }[] = await manager.query(`SELECT ensure_month_partitions($1, $2, $3) AS made`, [from, to, table]);
      return row.made;
    });
  }

  /**
   * The hourly run: this month and MONTHS_AHEAD after it; then a DEFAULT partition holding a few rows (seeded or
   * backdated history) is drained into their own months; what stays in DEFAULT is counted (logged, and in /metrics).
   */
  async maintain(): Promise<PartitionMaintenance> {
    await this.clock.sync();
    const now = this.clock.now();
    const ahead = new Date(now);
    ahead.setUTCMonth(ahead.getUTCMonth() + MONTHS_AHEAD);
    let created = await this.ensureMonths(now, ahead);
    for (const { table, key, partition, rows } of await this.defaults()) {
      if (rows === 0 || rows > DRAIN_LIMIT) continue;
      // month by month (one far-off row makes one partition, not every month up to it)
      const months: { month: Date }[] = await this.dataSource.query(
        `SELECT DISTINCT (date_trunc('month', ("${key}" AT TIME ZONE 'UTC') + interval '8 hours') - interval '8 hours') AT TIME ZONE 'UTC' AS month FROM "${partition}"`,
      );
      for (const { month } of months) created += await this.ensureMonths(month, month, table);
    }
    if (created > 0) this.logger.log(`made ${created} month partition(s)`);
    const defaultRows = (await this.defaults()).map(({ table, rows }) => ({ table, rows }));
    for (const { table, rows } of defaultRows) {
      this.metrics.partitionDefault(table, rows);
      if (rows > 0) this.logger.warn(`${rows} row(s) of ${table} sit in ${table}_default: make their months with ensure_month_partitions(from, to) (docs/scaling.md)`);
    }
    return { created, defaultRows };
  }

  /** Each monthly-partitioned table's DEFAULT partition, its partition key and how many rows it holds. */
  private async defaults(): Promise<{ table: string; key: string; partition: string; rows: number }[]> {
    const tables: { table: string; key: string; partition: string }[] = await this.dataSource.query(
      `SELECT parent.relname AS table, a.attname AS key, child.relname AS partition FROM pg_partitioned_table p
         JOIN pg_class parent ON parent.oid = p.partrelid
         JOIN pg_attribute a ON a.attrelid = parent.oid AND a.attnum = p.partattrs[0]
         JOIN pg_inherits i ON i.inhparent = parent.oid
         JOIN pg_class child ON child.oid = i.inhrelid
        WHERE parent.relnamespace = current_schema()::regnamespace AND p.partstrat = 'r' AND a.atttypid = 'timestamptz'::regtype
          AND pg_get_expr(child.relpartbound, child.oid) = 'DEFAULT'
        ORDER BY parent.relname`,
    );
    const counts: { table: string; key: string; partition: string; rows: number }[] = [];
    for (const table of tables) {
      const [row]: { rows: number }[] = await this.dataSource.query(`SELECT count(*)::int AS rows FROM "${table.partition}"`);
      counts.push({ ...table, rows: row.rows });
    }
    return counts;
  }
}
