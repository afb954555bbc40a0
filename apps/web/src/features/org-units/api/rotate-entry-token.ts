// `POST /api/units/:id/entry-token`: a new QR entry key; the old QR code and link stop working at once.
import type { OrgUnit } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { unitsQueryKey } from '../../../lib/api/get-units';

export function rotateEntryToken(unitId: string): Promise<OrgUnit> {
  return api<OrgUnit>(`/units/${encodeURIComponent(unitId)}/entry-token`, { method: 'POST' });
}

export function useRotateEntryToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: rotateEntryToken,
    onSettled: () => queryClient.invalidateQueries({ queryKey: unitsQueryKey }),
  });
}
