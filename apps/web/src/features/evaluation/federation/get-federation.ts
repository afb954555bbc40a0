// `GET /api/federation/{summary,detail,regions/:code/units}`: 全总汇总's figures over the regions, its trends, categories
// and hotspot clusters, and one region's units.
import type { FederationDetail, FederationSummary, FederationUnits } from '@banshishi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface FederationPeriod {
  from?: string;
  to?: string;
}

export function useFederationSummary(period: FederationPeriod) {
  return useQuery({ queryKey: ['federation', 'summary', period], queryFn: () => api<FederationSummary>('/federation/summary', { query: { ...period } }) });
}

export function useFederationUnits(code: string, period: FederationPeriod) {
  return useQuery({
    queryKey: ['federation', 'units', code, period],
    queryFn: () => api<FederationUnits>(`/federation/regions/${encodeURIComponent(code)}/units`, { query: { ...period } }),
  });
}

export function useFederationDetail(period: FederationPeriod) {
  return useQuery({ queryKey: ['federation', 'detail', period], queryFn: () => api<FederationDetail>('/federation/detail', { query: { ...period } }) });
}
