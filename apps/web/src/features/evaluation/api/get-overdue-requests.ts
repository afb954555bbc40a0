// `GET /api/requests?sort=urgency&overdue=true`: the first requests past their clock, for the dashboard's 超期 list
// (the inbox's own overdue filter shows them all). Under the `requests` key, so any request action refreshes it.
import type { RequestListItem } from '@banshishi/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

const OVERDUE_SHOWN = 8;

export function getOverdueRequests(unitId?: string): Promise<{ items: RequestListItem[] }> {
  return api<{ items: RequestListItem[] }>('/requests', { query: { sort: 'urgency', overdue: true, unitId, limit: OVERDUE_SHOWN } });
}

export const overdueRequestsQueryOptions = (unitId?: string) => queryOptions({ queryKey: ['requests', 'overdue', unitId ?? null], queryFn: () => getOverdueRequests(unitId) });

export function useOverdueRequests(unitId?: string) {
  return useQuery({ ...overdueRequestsQueryOptions(unitId), placeholderData: keepPreviousData });
}
