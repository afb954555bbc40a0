// `GET /api/audit/actors?q=`: people to filter the audit log by, as the admin types a name.
import type { AuditActor } from '@banshishi/contracts';
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getAuditActors(q: string): Promise<AuditActor[]> {
  return api<AuditActor[]>('/audit/actors', { query: { q } });
}

export const auditActorsQueryOptions = (q: string) => queryOptions({ queryKey: ['audit', 'actors', q], queryFn: () => getAuditActors(q), staleTime: 60_000 });

export function useAuditActors(q: string) {
  return useQuery({ ...auditActorsQueryOptions(q), placeholderData: keepPreviousData });
}
