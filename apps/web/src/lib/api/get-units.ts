// `GET /api/units`: the unit tree in the caller's scope (roots first), with entry tokens where the caller may see them.
import type { OrgUnitNode } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api-client';

export const unitsQueryKey = ['units'] as const;

export function getUnits(): Promise<OrgUnitNode[]> {
  return api<OrgUnitNode[]>('/units');
}

export const unitsQueryOptions = queryOptions({ queryKey: unitsQueryKey, queryFn: getUnits });

export function useUnits() {
  return useQuery(unitsQueryOptions);
}
