import type { OrgUnit, UpdateUnitRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsQueryKey } from '../../../lib/api/get-units';

export function updateUnit({ id, ...body }: UpdateUnitRequest & { id: string }): Promise<OrgUnit> {
  return api<OrgUnit>(`/units/${encodeURIComponent(id)}`, { method: 'PATCH', json: body });
}

export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUnit,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}
