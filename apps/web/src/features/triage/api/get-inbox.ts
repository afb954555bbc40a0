// `GET /api/requests?sort=urgency…`: the inbox, one keyset page at a time (the clock that runs out first comes first).
import type { RequestPage } from '@banshishi/contracts';
import type { RequestStatus } from '@banshishi/workflow';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface InboxFilters {
  status?: RequestStatus;
  categoryId?: string;
  unitId?: string;
  anonymous?: boolean;
  overdue?: boolean;
  q?: string;
}

export const INBOX_PAGE_SIZE = 20;

export function getInboxPage(filters: InboxFilters, cursor?: string, limit = INBOX_PAGE_SIZE): Promise<RequestPage> {
  return api<RequestPage>('/requests', { query: { sort: 'urgency', ...filters, cursor, limit } });
}

export const inboxQueryOptions = (filters: InboxFilters) =>
  infiniteQueryOptions({
    queryKey: ['requests', 'inbox', filters],
    queryFn: ({ pageParam }) => getInboxPage(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useInbox(filters: InboxFilters) {
  return useInfiniteQuery({ ...inboxQueryOptions(filters), placeholderData: keepPreviousData });
}
