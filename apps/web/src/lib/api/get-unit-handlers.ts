// `GET /api/units/:id/handlers`: the active cadres over a unit, who may handle its requests or own its projects.
import type { UnitHandler } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api-client';

export function getUnitHandlers(unitId: string): Promise<UnitHandler[]> {
  return api<UnitHandler[]>(`/units/${encodeURIComponent(unitId)}/handlers`);
}

export const unitHandlersQueryOptions = (unitId: string) => queryOptions({ queryKey: ['units', unitId, 'handlers'], queryFn: () => getUnitHandlers(unitId), staleTime: 60_000 });

export function useUnitHandlers(unitId: string | undefined) {
  return useQuery({ ...unitHandlersQueryOptions(unitId ?? ''), enabled: !!unitId });
}
