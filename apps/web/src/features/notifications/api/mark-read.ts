// `POST /api/notifications/:id/read` and `POST /api/notifications/read-all`; both refresh the bell and the list.
import type { NotificationItem, ReadAllResult } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function markRead(id: string): Promise<NotificationItem> {
  return api<NotificationItem>(`/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' });
}

export function markAllRead(): Promise<ReadAllResult> {
  return api<ReadAllResult>('/notifications/read-all', { method: 'POST' });
}

export function useMarkRead() {
  const client = useQueryClient();
  return useMutation({ mutationFn: markRead, onSuccess: () => void client.invalidateQueries({ queryKey: ['notifications'] }) });
}

export function useMarkAllRead() {
  const client = useQueryClient();
  return useMutation({ mutationFn: markAllRead, onSuccess: () => void client.invalidateQueries({ queryKey: ['notifications'] }) });
}
