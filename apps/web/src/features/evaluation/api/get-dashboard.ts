// `GET /api/dashboard/{summary,breakdown,hotspots,requests}`: the figures, their breakdowns, the clusters, and the
// exact requests behind a number. All take the same period and unit scope.
import type {
  BreakdownBy,
  DashboardBreakdown,
  DashboardFigure,
  DashboardHotspots,
  DashboardSummary,
  FigurePart,
  FigureRequests,
  HotspotCluster,
  HotspotClusterRequests,
} from '@banshishi/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { DashboardScope } from '../utils/dashboard-scope';

const query = (scope: DashboardScope) => ({ from: scope.from, to: scope.to, unitId: scope.unitId });

export const dashboardSummaryOptions = (scope: DashboardScope) =>
  queryOptions({ queryKey: ['dashboard', 'summary', scope], queryFn: () => api<DashboardSummary>('/dashboard/summary', { query: query(scope) }) });

export const dashboardBreakdownOptions = (scope: DashboardScope, by: BreakdownBy) =>
  queryOptions({
    queryKey: ['dashboard', 'breakdown', by, scope],
    queryFn: () => api<DashboardBreakdown>('/dashboard/breakdown', { query: { ...query(scope), by } }),
  });

export const dashboardHotspotsOptions = (scope: DashboardScope, limit = 20) =>
  queryOptions({
    queryKey: ['dashboard', 'hotspots', scope, limit],
    queryFn: () => api<DashboardHotspots>('/dashboard/hotspots', { query: { ...query(scope), limit } }),
  });

/** One cluster's requests, fetched when it is opened (the clusters carry counts only), in the hotspots' own period and scope. */
export const hotspotRequestsOptions = (hotspots: Pick<DashboardHotspots, 'from' | 'to' | 'unitId'>, cluster: Pick<HotspotCluster, 'unitId' | 'categoryId' | 'month'>) =>
  queryOptions({
    queryKey: ['dashboard', 'hotspot-requests', hotspots.from, hotspots.to, hotspots.unitId, cluster.unitId, cluster.categoryId, cluster.month],
    queryFn: () =>
      api<HotspotClusterRequests>('/dashboard/hotspots/requests', {
        query: { from: hotspots.from, to: hotspots.to, unitId: hotspots.unitId ?? undefined, clusterUnitId: cluster.unitId, categoryId: cluster.categoryId, month: cluster.month },
      }),
  });

export interface FigureRequestsInput {
  figure: DashboardFigure;
  part: FigurePart;
  page: number;
  limit: number;
}

export const figureRequestsOptions = (scope: DashboardScope, input: FigureRequestsInput) =>
  queryOptions({
    queryKey: ['dashboard', 'requests', scope, input],
    queryFn: () => api<FigureRequests>('/dashboard/requests', { query: { ...query(scope), ...input } }),
  });

export const useDashboardSummary = (scope: DashboardScope) => useQuery({ ...dashboardSummaryOptions(scope), placeholderData: keepPreviousData });
export const useDashboardBreakdown = (scope: DashboardScope, by: BreakdownBy) => useQuery({ ...dashboardBreakdownOptions(scope, by), placeholderData: keepPreviousData });
export const useDashboardHotspots = (scope: DashboardScope, limit?: number) => useQuery({ ...dashboardHotspotsOptions(scope, limit), placeholderData: keepPreviousData });
export const useFigureRequests = (scope: DashboardScope, input: FigureRequestsInput) => useQuery({ ...figureRequestsOptions(scope, input), placeholderData: keepPreviousData });

/** The Excel files are plain links: the session cookie goes with them; `lang` (the interface's) words the sheets. */
export function figuresExportUrl(scope: DashboardScope, lang: string): string {
  return `/api/dashboard/export.xlsx?${scopeSearch(scope, lang)}`;
}

export function figureRequestsExportUrl(scope: DashboardScope, figure: DashboardFigure, part: FigurePart, lang: string): string {
  const params = new URLSearchParams(scopeSearch(scope, lang));
  params.set('figure', figure);
  params.set('part', part);
  return `/api/dashboard/requests.xlsx?${params.toString()}`;
}

function scopeSearch(scope: DashboardScope, lang: string): string {
  const params = new URLSearchParams({ from: scope.from, to: scope.to });
  if (scope.unitId) params.set('unitId', scope.unitId);
  params.set('lang', lang);
  return params.toString();
}
