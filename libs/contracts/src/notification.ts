// The notification centre: what concerns a person (assignment, clocks, 督办, progress, an answer asked for).

export type NotificationKind = 'assigned' | 'warning' | 'overdue' | 'escalation' | 'supervised' | 'progress' | 'answer_requested' | 'request_reopened';

export interface NotificationItem {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  titleEn: string | null;
  requestId: string | null;
  projectId: string | null;
  createdAt: string;
  readAt: string | null;
}

/** `GET /api/notifications`: newest first. */
export interface NotificationPage {
  items: NotificationItem[];
  nextCursor: string | null;
  unreadCount: number;
}

/** `GET /api/notifications/unread-count`. */
export interface UnreadCount {
  unreadCount: number;
}

/** `POST /api/notifications/read-all`: how many were marked, and what is left unread. */
export interface ReadAllResult {
  marked: number;
  unreadCount: number;
}

/** What the tracking page shows an anonymous requester. */
export interface TrackedNotification {
  kind: NotificationKind;
  title: string;
  at: string;
}
