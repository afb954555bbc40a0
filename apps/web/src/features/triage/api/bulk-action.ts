// `POST /api/requests/bulk-actions`: accept or assign several requests, one outcome per request.
import type { BulkActionResults } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export interface BulkActionInput {
  action: 'accept' | 'assign';
  items: { id: string; version: number }[];
  handlerId?: string;
}

export function bulkAction(input: BulkActionInput): Promise<BulkActionResults> {
  return api<BulkActionResults>('/requests/bulk-actions', { method: 'POST', json: input });
}

export function useBulkAction() {
  const client = useQueryClient();
  return useMutation({ mutationFn: bulkAction, onSettled: () => client.invalidateQueries({ queryKey: ['requests'] }) });
}
