// 全总汇总: a federation's figures over its regions. Each region's published tables are in a database of their own on
// this server (federation-admin.ts); its counts are made by the dashboard's own SQL (DashboardRepository over that
// database), summed over the regions (numerators, denominators, duration samples), and every formula is
// libs/workflow's (computeFigures, rankUnits with the same minimum sample).
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { EvaluationSettings, FederationDetail, FederationGroupRow, FederationHotspot, FederationRegionRow, FederationSummary, FederationUnits } from '@banshishi/contracts';
import {
  CHINA_OFFSET_MS,
  DAY_MS,
  DEFAULT_FIGURE_SETTINGS,
  EMPTY_FIGURE_COUNTS,
  chinaDayNumber,
  computeFigures,
  defaultFigurePeriod,
  formatIsoDay,
  hourBand,
  HOUR_BAND_COUNT,
  parseIsoDay,
  rankUnits,
  type DurationSample,
  type FigureCounts,
} from '@banshishi/workflow';
import { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DomainError } from '../../common/errors/domain-error';
import { Clock } from '../../platform/clock/clock';
import type { ReadReplicas } from '../../platform/replicas/read-replicas.service';
import { DashboardRepository, type FigureFilter } from '../evaluation/dashboard.repository';
import { EvaluationRepository } from '../evaluation/evaluation.repository';
import { COUNT_SETS } from '../evaluation/figure-predicates';
import { regionDatabaseUrl } from './federation-admin';

interface RegionRecord {
  code: string;
  name: string;
  publicUrl: string;
  database: string;
  subscription: string;
  removedAt: Date | null;
  dataAsOf: Date | null;
}

export interface PeriodQuery {
  from?: string;
  to?: string;
}

/** Counts keyed the same across regions, summed; the first label met for each key kept. */
class SummedGroups {
  private readonly groups = new Map<string, { label: string; labelEn?: string; counts: FigureCounts }>();

  add(key: string, counts: FigureCounts, label: { zh: string; en?: string }): void {
    const found = this.groups.get(key);
    if (found) found.counts = addCounts(found.counts, counts);
    else this.groups.set(key, { label: label.zh, ...(label.en ? { labelEn: label.en } : {}), counts });
  }

  rows(settings: EvaluationSettings): FederationGroupRow[] {
    return [...this.groups].map(([key, group]) => ({
      key,
      label: group.label,
      ...(group.labelEn ? { labelEn: group.labelEn } : {}),
      figures: computeFigures(group.counts, settings),
    }));
  }
}

/** Two duration samples as one: exact while both are, else both counted in the rollup's bands. */
function addSamples(a: DurationSample, b: DurationSample): DurationSample {
  if ('exact' in a && 'exact' in b) return { exact: [...a.exact, ...b.exact] };
  const bands = Array.from({ length: HOUR_BAND_COUNT }, () => 0);
  for (const sample of [a, b]) {
    if ('exact' in sample) for (const { hours, count } of sample.exact) bands[hourBand(hours)] += count;
    else sample.bands.forEach((count, band) => (bands[band] += count));
  }
  return { bands };
}

export function addCounts(a: FigureCounts, b: FigureCounts): FigureCounts {
  const counts = { ...a, responseHours: addSamples(a.responseHours, b.responseHours), resolveHours: addSamples(a.resolveHours, b.resolveHours) };
  for (const set of COUNT_SETS) counts[set] = a[set] + b[set];
  return counts;
}

function day(text: string, field: string): number {
  const value = parseIsoDay(text);
  if (value === null) throw new DomainError('VALIDATION_FAILED', `${field} must be a real day (YYYY-MM-DD)`, { errors: [{ field, message: 'must be a real day (YYYY-MM-DD)' }] });
  return value;
}

@Injectable()
export class FederationService implements OnModuleDestroy {
  private readonly logger = new Logger(FederationService.name);
  private readonly pools = new Map<string, Pool>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly evaluation: EvaluationRepository,
    private readonly clock: Clock,
  ) {}

  async onModuleDestroy(): Promise<void> {
    await Promise.all([...this.pools.values()].map((pool) => pool.end()));
    this.pools.clear();
  }

  async summary(query: PeriodQuery): Promise<FederationSummary> {
    this.mustBeFederation();
    const period = await this.period(query);
    const settings = await this.settings();
    const regions = await this.regions();
    const counted = await Promise.all(
      regions.map(async (region) => {
        const repository = this.repository(region);
        const units: { id: string }[] = await this.pool(region).then((pool) => pool.query(`SELECT id FROM org_unit`).then((result) => result.rows));
        const [row] = await repository.counts({ ...period.filter, unitIds: units.map((unit) => unit.id) });
        return { region, counts: row?.counts ?? EMPTY_FIGURE_COUNTS, freshness: await this.freshness(region) };
      }),
    );
    const total = counted.reduce((sum, region) => addCounts(sum, region.counts), EMPTY_FIGURE_COUNTS);
    const figures = new Map(counted.map(({ region, counts }) => [region.code, computeFigures(counts, settings)]));
    const ranked = rankUnits([...figures].map(([unitId, regionFigures]) => ({ unitId, figures: regionFigures })));
    const byCode = new Map(counted.map((region) => [region.region.code, region]));
    const rows: FederationRegionRow[] = ranked.map((rank) => {
      const { region, freshness } = byCode.get(rank.unitId) as (typeof counted)[number];
      return {
        ...this.describe(region, freshness),
        figures: figures.get(region.code) as FederationRegionRow['figures'],
        rank: rank.rank,
        standing: rank.standing,
        note: rank.note,
      };
    });
    return { from: period.from, to: period.to, settings, figures: computeFigures(total, settings), regions: rows };
  }

  /**
   * Trends by month and figures by category over all regions (each region's counts by the dashboard's own SQL, summed;
   * categories matched by their code), and the biggest hotspot clusters of every region, from the rollups.
   */
  async detail(query: PeriodQuery & { limit?: number }): Promise<FederationDetail> {
    this.mustBeFederation();
    const period = await this.period(query);
    const settings = await this.settings();
    const limit = query.limit ?? 20;
    const months = new SummedGroups();
    const categories = new SummedGroups();
    const hotspots: FederationHotspot[] = [];
    // in the regions' order (added first, first), so a category's name is the first region's that has it
    const perRegion = await Promise.all(
      (await this.regions()).map(async (region) => {
        const pool = await this.pool(region);
        const units: { id: string }[] = (await pool.query(`SELECT id FROM org_unit`)).rows;
        const named: { id: string; code: string; zh: string; en: string }[] = (await pool.query(`SELECT id, code, name_zh AS zh, name_en AS en FROM category`)).rows;
        const filter = { ...period.filter, unitIds: units.map((unit) => unit.id) };
        const repository = this.repository(region);
        const [byMonth, byCategory, clusters] = await Promise.all([repository.counts(filter, 'month'), repository.counts(filter, 'category'), repository.clusters(filter, limit)]);
        return { region, byMonth, byCategory, clusters, named: new Map(named.map((category) => [category.id, category])) };
      }),
    );
    for (const { region, byMonth, byCategory, clusters, named } of perRegion) {
      for (const row of byMonth) months.add(row.key, row.counts, { zh: row.key });
      for (const row of byCategory) {
        const category = named.get(row.key);
        categories.add(category?.code ?? row.key, row.counts, category ?? { zh: row.key });
      }
      hotspots.push(...clusters.map((cluster) => ({ ...cluster, regionCode: region.code, regionName: region.name, publicUrl: region.publicUrl })));
    }
    hotspots.sort((a, b) => b.count - a.count || b.month.localeCompare(a.month) || a.regionCode.localeCompare(b.regionCode));
    return {
      from: period.from,
      to: period.to,
      months: months.rows(settings).sort((a, b) => a.key.localeCompare(b.key)),
      categories: categories.rows(settings),
      hotspots: hotspots.slice(0, limit),
    };
  }

  /** One region's units, ranked as the dashboard ranks units (each by the requests it handles). */
  async units(code: string, query: PeriodQuery): Promise<FederationUnits> {
    this.mustBeFederation();
    const region = (await this.regions()).find((found) => found.code === code);
    if (!region) throw new DomainError('NOT_FOUND', 'No such region');
    const period = await this.period(query);
    const settings = await this.settings();
    const pool = await this.pool(region);
    const units: { id: string; name: string; code: string | null }[] = (await pool.query(`SELECT id, name, code FROM org_unit ORDER BY path`)).rows;
    const grouped = await this.repository(region).counts({ ...period.filter, unitIds: units.map((unit) => unit.id) }, 'unit');
    const counts = new Map(grouped.map((row) => [row.key, row.counts]));
    const figures = new Map(units.map((unit) => [unit.id, computeFigures(counts.get(unit.id) ?? EMPTY_FIGURE_COUNTS, settings)]));
    const named = new Map(units.map((unit) => [unit.id, unit]));
    const ranked = rankUnits([...figures].map(([unitId, unitFigures]) => ({ unitId, figures: unitFigures })));
    return {
      from: period.from,
      to: period.to,
      region: this.describe(region, await this.freshness(region)),
      units: ranked.map((rank) => {
        const unit = named.get(rank.unitId) as (typeof units)[number];
        return {
          unitId: unit.id,
          name: unit.name,
          code: unit.code,
          figures: figures.get(unit.id) as FederationUnits['units'][number]['figures'],
          rank: rank.rank,
          standing: rank.standing,
          note: rank.note,
        };
      }),
    };
  }

  private mustBeFederation(): void {
    if (this.config.federation.role !== 'federation') throw new DomainError('NOT_FOUND', 'This deployment is not a federation (FEDERATION_ROLE=federation)');
  }

  private describe(region: RegionRecord, freshness: { dataAsOf: Date | null; connected: boolean }): Omit<FederationRegionRow, 'figures' | 'rank' | 'standing' | 'note'> {
    const age = freshness.dataAsOf ? this.clock.now().getTime() - freshness.dataAsOf.getTime() : Infinity;
    return {
      code: region.code,
      name: region.name,
      publicUrl: region.publicUrl,
      dataAsOf: freshness.dataAsOf?.toISOString() ?? null,
      stale: region.removedAt !== null || !freshness.connected || age > this.config.federation.staleSeconds * 1000,
      removed: region.removedAt !== null,
    };
  }

  /**
   * 数据截至: pg_stat_subscription's latest_end_time while the subscription's worker is connected (kept in
   * federation_region.data_as_of, since the worker and its row go away with the region).
   */
  private async freshness(region: RegionRecord): Promise<{ dataAsOf: Date | null; connected: boolean }> {
    if (region.removedAt) return { dataAsOf: region.dataAsOf, connected: false };
    const pool = await this.pool(region);
    const [live]: { at: Date | null }[] = (
      await pool.query(`SELECT latest_end_time AS at FROM pg_stat_subscription WHERE subname = $1 AND relid IS NULL AND pid IS NOT NULL AND latest_end_time IS NOT NULL`, [
        region.subscription,
      ])
    ).rows;
    if (!live?.at) return { dataAsOf: region.dataAsOf, connected: false };
    if (!region.dataAsOf || live.at > region.dataAsOf) {
      await this.dataSource.query(`UPDATE federation_region SET data_as_of = greatest(data_as_of, $2) WHERE code = $1`, [region.code, live.at]);
    }
    return { dataAsOf: region.dataAsOf && region.dataAsOf > live.at ? region.dataAsOf : live.at, connected: true };
  }

  private async regions(): Promise<RegionRecord[]> {
    return this.dataSource.query(
      `SELECT code, name, public_url AS "publicUrl", database, subscription, removed_at AS "removedAt", data_as_of AS "dataAsOf" FROM federation_region ORDER BY added_at, code`,
    );
  }

  private async settings(): Promise<EvaluationSettings> {
    const saved = (await this.evaluation.settings()) ?? DEFAULT_FIGURE_SETTINGS;
    return { basicallySatisfiedWeight: saved.basicallySatisfiedWeight, weights: { ...saved.weights }, minSample: saved.minSample };
  }

  /** China days, `to` included; by default the last full calendar month (as the dashboard). */
  private async period(query: PeriodQuery): Promise<{ from: string; to: string; filter: Omit<FigureFilter, 'unitIds'> }> {
    await this.clock.sync();
    const now = this.clock.now();
    const today = chinaDayNumber(now.getTime());
    const fallback = defaultFigurePeriod(today);
    const toDay = query.to ? day(query.to, 'to') : query.from ? today : fallback.to;
    const fromDay = query.from ? day(query.from, 'from') : query.to ? (parseIsoDay(`${formatIsoDay(toDay).slice(0, 7)}-01`) ?? toDay) : fallback.from;
    if (fromDay > toDay) throw new DomainError('VALIDATION_FAILED', 'from must not be after to', { errors: [{ field: 'from', message: 'must not be after to' }] });
    const settings = await this.settings();
    return {
      from: formatIsoDay(fromDay),
      to: formatIsoDay(toDay),
      filter: { from: new Date(fromDay * DAY_MS - CHINA_OFFSET_MS), to: new Date((toDay + 1) * DAY_MS - CHINA_OFFSET_MS), now, w: settings.basicallySatisfiedWeight },
    };
  }

  private async pool(region: RegionRecord): Promise<Pool> {
    let pool = this.pools.get(region.database);
    if (!pool) {
      const own = (this.dataSource.options as { url?: string }).url;
      if (!own) throw new DomainError('SERVICE_UNAVAILABLE', 'The federation reads its regions on its own database server, which it has no address for');
      pool = new Pool({ connectionString: regionDatabaseUrl(own, region.database), max: 4, application_name: 'banshishi-federation' });
      // An idle connection lost (the server restarted, an operator ended it) is an error event: handled, it costs one
      // reconnect at the next read; unhandled, it would end the process.
      const database = region.database;
      pool.on('error', (error) => this.logger.warn(`a connection to ${database} was lost (${error.message}); the next read reconnects`));
      this.pools.set(region.database, pool);
    }
    return pool;
  }

  /** The dashboard's repository over the region's database (its reads only: counts, through `read`). */
  private repository(region: RegionRecord): DashboardRepository {
    const db = { query: async (sql: string, params?: unknown[]) => (await (await this.pool(region)).query(sql, params)).rows } as unknown as DataSource;
    const replicas = { read: <T>(work: (source: DataSource) => Promise<T>) => work(db) } as unknown as ReadReplicas;
    return new DashboardRepository(db, replicas);
  }
}
