// `GET /api/requests/counts`: the inbox header (per status, overdue, due soon).
import type { RequestCounts } from '@banshishi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getRequestCounts(unitId?: string): Promise<RequestCounts> {
  return api<RequestCounts>('/requests/counts', { query: { unitId } });
}

export function useRequestCounts(unitId?: string) {
  return useQuery({ queryKey: ['requests', 'counts', unitId ?? null], queryFn: () => getRequestCounts(unitId) });
}
