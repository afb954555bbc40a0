// `GET /api/site`: the address people reach this deployment at (PUBLIC_URL), for QR posters and tracking slips. A
// poster must not carry whatever address the cadre's own browser happened to use.
import type { SiteSettings } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api-client';

export const siteQueryOptions = queryOptions({
  queryKey: ['site'] as const,
  queryFn: () => api<SiteSettings>('/site'),
  staleTime: Infinity,
});

export function useSite() {
  return useQuery(siteQueryOptions);
}
