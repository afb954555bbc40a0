// `POST /api/requests/:id/actions/:action` with the version the page loaded → the new detail.
import type { RequestDetail } from '@banshishi/contracts';
import type { RequestAction } from '@banshishi/workflow';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestQueryOptions } from './get-request';

export interface RequestActionInput {
  id: string;
  action: RequestAction;
  version: number;
  input: Record<string, unknown>;
}

export function requestAction({ id, action, version, input }: RequestActionInput): Promise<RequestDetail> {
  return api<RequestDetail>(`/requests/${encodeURIComponent(id)}/actions/${action}`, { method: 'POST', json: { ...input, version } });
}

export function useRequestAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: requestAction,
    onSuccess: (detail) => {
      client.setQueryData(requestQueryOptions(detail.id).queryKey, detail);
      void client.invalidateQueries({ queryKey: ['requests'], predicate: (query) => query.queryKey[1] !== 'detail' || query.queryKey[2] !== detail.id });
      void client.invalidateQueries({ queryKey: ['projects'] });
    },
  });
}
