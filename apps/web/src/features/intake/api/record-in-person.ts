// `POST /api/requests/in-person` (代为登记) with an `Idempotency-Key`: a double click records one request, one slip.
import type { CreatedRequest, InPersonRequestRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface RecordInPersonInput {
  body: InPersonRequestRequest;
  idempotencyKey: string;
}

export function recordInPerson({ body, idempotencyKey }: RecordInPersonInput): Promise<CreatedRequest> {
  return api<CreatedRequest>('/requests/in-person', { method: 'POST', json: body, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useRecordInPerson() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: recordInPerson,
    // the new request is in the inbox now
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['requests'] }),
  });
}
