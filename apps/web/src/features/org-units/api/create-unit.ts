import type { CreateUnitRequest, OrgUnit } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsQueryKey } from '../../../lib/api/get-units';

export function createUnit(body: CreateUnitRequest): Promise<OrgUnit> {
  return api<OrgUnit>('/units', { method: 'POST', json: body });
}

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}
