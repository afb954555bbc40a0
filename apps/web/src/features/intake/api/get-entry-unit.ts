// `GET /api/entry/:entryToken` (no login): the name of the unit a QR entry page belongs to.
import type { EntryUnit } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getEntryUnit(entryToken: string): Promise<EntryUnit> {
  return api<EntryUnit>(`/entry/${encodeURIComponent(entryToken)}`);
}

export const entryUnitQueryOptions = (entryToken: string) => queryOptions({ queryKey: ['entry', entryToken], queryFn: () => getEntryUnit(entryToken), staleTime: 5 * 60_000 });

export function useEntryUnit(entryToken: string) {
  return useQuery(entryUnitQueryOptions(entryToken));
}
