// `GET /api/audit?cursor=&limit=`: the audit log, newest first, one page at a time.
import type { AuditEntry, Page } from '@banshishi/contracts';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEntries(cursor: string | null, limit = AUDIT_PAGE_SIZE): Promise<Page<AuditEntry>> {
  return api<Page<AuditEntry>>('/audit', { query: { cursor, limit } });
}

export const auditEntriesQueryOptions = infiniteQueryOptions({
  queryKey: ['audit'],
  queryFn: ({ pageParam }) => getAuditEntries(pageParam),
  initialPageParam: null as string | null,
  getNextPageParam: (last) => last.nextCursor,
});

export function useAuditEntries() {
  return useInfiniteQuery(auditEntriesQueryOptions);
}
