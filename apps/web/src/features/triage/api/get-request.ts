// `GET /api/requests/:id`: one request as its requester (or a cadre over it) may see it.
import type { RequestDetail } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getRequest(id: string): Promise<RequestDetail> {
  return api<RequestDetail>(`/requests/${encodeURIComponent(id)}`);
}

export const requestQueryOptions = (id: string) => queryOptions({ queryKey: ['requests', 'detail', id], queryFn: () => getRequest(id) });

export function useRequest(id: string) {
  return useQuery(requestQueryOptions(id));
}
