// 评估问效 dashboard: works out who and what period is asked for, counts through the repository, and leaves every
// formula to libs/workflow (computeFigures, rankUnits).
import { Injectable } from '@nestjs/common';
import type {
  BreakdownBy,
  BreakdownRow,
  DashboardBreakdown,
  DashboardFigure,
  DashboardHotspots,
  DashboardSummary,
  FigurePart,
  FigureRequests,
  HotspotClusterRequests,
} from '@banshishi/contracts';
import {
  CHINA_OFFSET_MS,
  DAY_MS,
  chinaDayNumber,
  EMPTY_FIGURE_COUNTS,
  computeFigures,
  formatIsoDay,
  parseIsoDay,
  rankUnits,
  REQUEST_CHANNEL_LABELS,
  defaultFigurePeriod,
  previousFigurePeriod,
  type FigurePeriod,
  type Label,
  type Role,
} from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { Clock } from '../../platform/clock/clock';
import { DashboardRepository, type FigureFilter } from './dashboard.repository';
import { EvaluationSettingsService } from './evaluation-settings.service';
import { FIGURE_PARTS } from './figure-predicates';
import { HotspotTermsService } from './hotspot-terms.service';

/** Who reads the dashboard: leaders, and cadres for their own subtree. */
export const DASHBOARD_ROLES: readonly Role[] = ['leader', 'cadre'];

export interface PeriodQuery {
  from?: string;
  to?: string;
  unitId?: string;
}

interface ResolvedFilter {
  filter: FigureFilter;
  from: string;
  to: string;
  unitId: string | null;
  period: FigurePeriod;
}

/** The submission instants [from, to) of a period of China days. */
function periodFilter(base: Omit<FigureFilter, 'from' | 'to'>, period: FigurePeriod): FigureFilter {
  return { ...base, from: new Date(period.from * DAY_MS - CHINA_OFFSET_MS), to: new Date((period.to + 1) * DAY_MS - CHINA_OFFSET_MS) };
}

function day(text: string, field: string): number {
  const value = parseIsoDay(text);
  if (value === null) throw new DomainError('VALIDATION_FAILED', `${field} must be a real day (YYYY-MM-DD)`, { errors: [{ field, message: 'must be a real day (YYYY-MM-DD)' }] });
  return value;
}

@Injectable()
export class DashboardService {
  constructor(
    private readonly repository: DashboardRepository,
    private readonly settings: EvaluationSettingsService,
    private readonly scope: ScopeService,
    private readonly clock: Clock,
    private readonly hotspotTerms: HotspotTermsService,
  ) {}

  async summary(user: AuthUser, query: PeriodQuery): Promise<DashboardSummary> {
    const resolved = await this.resolve(user, query);
    const settings = await this.settings.get();
    const previous = previousFigurePeriod(resolved.period);
    const [[row], [previousRow]] = await Promise.all([this.repository.counts(resolved.filter), this.repository.counts(periodFilter(resolved.filter, previous))]);
    return {
      from: resolved.from,
      to: resolved.to,
      unitId: resolved.unitId,
      settings,
      figures: computeFigures(row?.counts ?? EMPTY_FIGURE_COUNTS, settings),
      previous: { from: formatIsoDay(previous.from), to: formatIsoDay(previous.to), figures: computeFigures(previousRow?.counts ?? EMPTY_FIGURE_COUNTS, settings) },
    };
  }

  async breakdown(user: AuthUser, by: BreakdownBy, query: PeriodQuery): Promise<DashboardBreakdown> {
    const resolved = await this.resolve(user, query);
    const settings = await this.settings.get();
    const grouped = await this.repository.counts(resolved.filter, by);
    const base = { by, from: resolved.from, to: resolved.to, unitId: resolved.unitId };
    if (by === 'unit') {
      // Every unit in scope is listed, those without requests too (they show 样本不足).
      const names = await this.repository.unitNames(resolved.filter.unitIds);
      const counts = new Map(grouped.map((row) => [row.key, row.counts]));
      const figures = new Map([...names.keys()].map((id) => [id, computeFigures(counts.get(id) ?? EMPTY_FIGURE_COUNTS, settings)]));
      const ranked = rankUnits([...figures].map(([unitId, unitFigures]) => ({ unitId, figures: unitFigures })));
      const rows: BreakdownRow[] = ranked.map((unit) => ({
        key: unit.unitId,
        label: names.get(unit.unitId) ?? unit.unitId,
        figures: figures.get(unit.unitId) as BreakdownRow['figures'],
        rank: unit.rank,
        standing: unit.standing,
        note: unit.note,
      }));
      return { ...base, rows };
    }
    const labels: Map<string, Label> =
      by === 'category' ? await this.repository.categoryNames() : by === 'channel' ? new Map(Object.entries(REQUEST_CHANNEL_LABELS)) : new Map<string, Label>();
    const labelled = (key: string) => {
      const label = labels.get(key);
      return label ? { label: label.zh, labelEn: label.en } : { label: key };
    };
    return { ...base, rows: grouped.map((row) => ({ key: row.key, ...labelled(row.key), figures: computeFigures(row.counts, settings) })) };
  }

  async requests(user: AuthUser, figure: DashboardFigure, part: FigurePart, query: PeriodQuery & { page?: number; limit?: number }): Promise<FigureRequests> {
    const resolved = await this.resolve(user, query);
    const page = query.page ?? 1;
    const limit = query.limit ?? 50;
    const { total, items } = await this.repository.requests(resolved.filter, FIGURE_PARTS[figure][part], { offset: (page - 1) * limit, limit });
    return { figure, part, total, page, limit, items };
  }

  async hotspots(user: AuthUser, query: PeriodQuery & { limit?: number }): Promise<DashboardHotspots> {
    const resolved = await this.resolve(user, query);
    const limit = query.limit ?? 20;
    const [clusters, terms] = [await this.repository.clusters(resolved.filter, limit), await this.hotspotTerms.top(resolved.filter, limit)];
    return { from: resolved.from, to: resolved.to, unitId: resolved.unitId, clusters, terms };
  }

  /** One hotspot cluster's requests, when it is opened: its unit must be in the caller's units (404 otherwise). */
  async hotspotRequests(user: AuthUser, query: PeriodQuery & { clusterUnitId: string; categoryId: string; month: string }): Promise<HotspotClusterRequests> {
    const resolved = await this.resolve(user, query);
    if (!resolved.filter.unitIds.includes(query.clusterUnitId)) throw new DomainError('NOT_FOUND', 'No such unit');
    return this.repository.clusterRequests(resolved.filter, { unitId: query.clusterUnitId, categoryId: query.categoryId, month: query.month });
  }

  /**
   * The caller's units (their leader/cadre subtree, narrowed to `unitId`'s: 404 outside) and the period: China days,
   * `to` included; by default the last full calendar month (defaultFigurePeriod); `to` alone: from the 1st of its
   * month; `from` alone: up to today.
   */
  private async resolve(user: AuthUser, query: PeriodQuery): Promise<ResolvedFilter> {
    const within = query.unitId ? (await this.scope.unitInScope(user, query.unitId, DASHBOARD_ROLES)).path : undefined;
    const unitIds = await this.scope.unitIds(user, DASHBOARD_ROLES, within);
    await this.clock.sync();
    const now = this.clock.now();
    const today = chinaDayNumber(now.getTime());
    const fallback = defaultFigurePeriod(today);
    const toDay = query.to ? day(query.to, 'to') : query.from ? today : fallback.to;
    const fromDay = query.from ? day(query.from, 'from') : query.to ? (parseIsoDay(`${formatIsoDay(toDay).slice(0, 7)}-01`) ?? toDay) : fallback.from;
    if (fromDay > toDay) throw new DomainError('VALIDATION_FAILED', 'from must not be after to', { errors: [{ field: 'from', message: 'must not be after to' }] });
    const settings = await this.settings.get();
    const period = { from: fromDay, to: toDay };
    return {
      filter: periodFilter({ unitIds, now, w: settings.basicallySatisfiedWeight }, period),
      from: formatIsoDay(fromDay),
      to: formatIsoDay(toDay),
      unitId: query.unitId ?? null,
      period,
    };
  }
}
