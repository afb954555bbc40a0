// Where a notification opens: what concerns the requester on their own request page, the rest on the staff pages.
import type { NotificationItem, NotificationKind } from '@banshishi/contracts';

/** Kinds addressed to the person who asked, not to the staff handling it. */
const REQUESTER_KINDS: readonly NotificationKind[] = ['progress', 'answer_requested'];

export function notificationLink(item: Pick<NotificationItem, 'kind' | 'requestId' | 'projectId'>): string | null {
  if (item.requestId) {
    const id = encodeURIComponent(item.requestId);
    return REQUESTER_KINDS.includes(item.kind) ? `/requests/${id}` : `/inbox/${id}`;
  }
  if (item.projectId) return `/projects/${encodeURIComponent(item.projectId)}`;
  return null;
}
