// How a request event is stored on the timeline: who may read it, and the payload as written. One definition for
// the executor (through the timeline repository) and the demo seed's batched rows.
import type { RequestAction, RequestEvent } from '@banshishi/workflow';

/** Internal to the office; every other event is on the requester's timeline. */
const INTERNAL_ACTIONS: ReadonlySet<RequestAction> = new Set(['supervise']);

/** A progress note is public only when it says so; 督办 never; every other event always. */
export function isPublicEvent(event: RequestEvent): boolean {
  return event.action === 'note' ? event.payload.public === true : !INTERNAL_ACTIONS.has(event.action);
}

/** The payload column: the action's input, and `escalate: true` when the answer sent the request to the leader. */
export function storedPayload(event: RequestEvent): Record<string, unknown> {
  return { ...(event.payload as Record<string, unknown>), ...(event.escalate ? { escalate: true } : {}) };
}
