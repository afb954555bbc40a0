// Where a notification e-mail links to: the page the bell would open (apps/web notification-link.ts), on PUBLIC_URL.
import type { NotificationKind } from '@banshishi/contracts';

/** Kinds addressed to the person who asked (their own request page), not to the staff handling it. */
const REQUESTER_KINDS: readonly NotificationKind[] = ['progress', 'answer_requested'];

export function notificationEmailLink(base: string, item: { kind: NotificationKind; requestId: string | null; projectId: string | null }): string | null {
  if (item.requestId) return `${base}${REQUESTER_KINDS.includes(item.kind) ? '/requests/' : '/inbox/'}${encodeURIComponent(item.requestId)}`;
  if (item.projectId) return `${base}/projects/${encodeURIComponent(item.projectId)}`;
  return null;
}
