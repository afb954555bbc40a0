// `POST /api/requests` with an `Idempotency-Key`: the same key sent twice (a double tap, a retry) makes one request.
import type { CreatedRequest, CreateRequestRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { myRequestsQueryKey } from './get-my-requests';

export interface CreateRequestInput {
  body: CreateRequestRequest;
  idempotencyKey: string;
}

export function createRequest({ body, idempotencyKey }: CreateRequestInput): Promise<CreatedRequest> {
  return api<CreatedRequest>('/requests', { method: 'POST', json: body, headers: { 'Idempotency-Key': idempotencyKey } });
}

export function useCreateRequest() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createRequest,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myRequestsQueryKey }),
  });
}
