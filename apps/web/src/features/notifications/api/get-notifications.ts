// `GET /api/notifications` (newest first, keyset pages) and `GET /api/notifications/unread-count` for the bell.
import type { NotificationPage, UnreadCount } from '@banshishi/contracts';
import { infiniteQueryOptions, queryOptions, useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** The bell asks every 45 s and whenever the window gets focus again. */
export const NOTIFICATION_POLL_MS = 45_000;
const PAGE_SIZE = 20;

export function getNotifications(cursor: string | null, unread: boolean): Promise<NotificationPage> {
  return api<NotificationPage>('/notifications', { query: { cursor, limit: PAGE_SIZE, unread: unread || undefined } });
}

export function getUnreadCount(): Promise<UnreadCount> {
  return api<UnreadCount>('/notifications/unread-count');
}

export const unreadCountQueryOptions = () =>
  queryOptions({ queryKey: ['notifications', 'unread-count'], queryFn: getUnreadCount, refetchInterval: NOTIFICATION_POLL_MS, refetchOnWindowFocus: true });

export const notificationsQueryOptions = (unread: boolean) =>
  infiniteQueryOptions({
    queryKey: ['notifications', 'list', { unread }],
    queryFn: ({ pageParam }) => getNotifications(pageParam, unread),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });

export function useUnreadCount(enabled: boolean) {
  return useQuery({ ...unreadCountQueryOptions(), enabled });
}

export function useNotifications(unread: boolean, enabled: boolean) {
  return useInfiniteQuery({ ...notificationsQueryOptions(unread), enabled });
}
