// `GET /api/audit?cursor=&limit=&actorId=&action=&entityType=&entityId=&object=&from=&to=`: the audit log, newest
// first, one page at a time, filtered; and the same entries as Excel.
import type { AuditPage } from '@banshishi/contracts';
import { infiniteQueryOptions, keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditFilterQuery, type AuditFilter } from '../utils/audit-filter';

export const AUDIT_PAGE_SIZE = 50;

export function getAuditEntries(filter: AuditFilter, cursor: string | null, limit = AUDIT_PAGE_SIZE): Promise<AuditPage> {
  return api<AuditPage>('/audit', { query: { ...auditFilterQuery(filter), cursor, limit } });
}

export const auditEntriesQueryOptions = (filter: AuditFilter) =>
  infiniteQueryOptions({
    queryKey: ['audit', auditFilterQuery(filter)],
    queryFn: ({ pageParam }) => getAuditEntries(filter, pageParam),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });

export function useAuditEntries(filter: AuditFilter) {
  return useInfiniteQuery({ ...auditEntriesQueryOptions(filter), placeholderData: keepPreviousData });
}

/** The Excel of the same entries, in the interface language. */
export function auditExportUrl(filter: AuditFilter, language: string): string {
  const params = new URLSearchParams(auditFilterQuery(filter));
  params.set('lang', language.startsWith('zh') ? 'zh-CN' : 'en');
  return `/api/audit/export.xlsx?${params.toString()}`;
}
