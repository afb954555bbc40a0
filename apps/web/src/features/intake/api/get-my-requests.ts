// `GET /api/requests/mine`: the caller's real-name requests, newest first, a page at a time.
import type { RequestPage } from '@banshishi/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const myRequestsQueryKey = ['requests', 'mine'] as const;

export function getMyRequests(cursor?: string): Promise<RequestPage> {
  return api<RequestPage>('/requests/mine', { query: { cursor, limit: 20 } });
}

export const myRequestsQueryOptions = infiniteQueryOptions({
  queryKey: myRequestsQueryKey,
  queryFn: ({ pageParam }) => getMyRequests(pageParam),
  initialPageParam: undefined as string | undefined,
  getNextPageParam: (last) => last.nextCursor ?? undefined,
});

export function useMyRequests() {
  return useInfiniteQuery(myRequestsQueryOptions);
}
