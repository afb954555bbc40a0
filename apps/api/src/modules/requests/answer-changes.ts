// The columns a requester's answer (feedback, or a cadre's 回访) moves: closed now, or back with the handler (重办).
import type { RequestStatus } from '@banshishi/workflow';

export function answerChanges(next: RequestStatus, now: Date): { closedAt: Date } | { resolvedAt: null } {
  return next === 'closed' ? { closedAt: now } : { resolvedAt: null };
}
