// A timeline event as a requester reads it (the tracking page, and the progress of the request a merged one follows):
// what happened, when, the words meant for them, a public note's photos, and their own answer.
import type { AnswerSummary, TrackedRequestEvent } from '@banshishi/contracts';
import { ANSWER_RESOLVED, ANSWER_SATISFACTION, inStatusGroup } from '@banshishi/workflow';
import type { TimelineRow } from './requests.repository';

/** The payload fields that may be shown to the requester as the event's note. */
const NOTE_KEYS = ['note', 'reason', 'resolution'];

/** The events carrying a requester's answer (their own, or given to a cadre on a 回访). */
export const ANSWER_ACTIONS: ReadonlySet<string> = new Set(['feedback', 'return_visit']);

/** The answer an answer event records, as it is shown back to whoever gave it. */
export function answerOf(row: Pick<TimelineRow, 'action' | 'payload'>): AnswerSummary | undefined {
  if (!ANSWER_ACTIONS.has(row.action)) return undefined;
  const { resolved, satisfaction, comment } = row.payload;
  if (!inStatusGroup(ANSWER_RESOLVED, String(resolved)) || !inStatusGroup(ANSWER_SATISFACTION, String(satisfaction))) return undefined;
  return { resolved, satisfaction, ...(typeof comment === 'string' && comment !== '' ? { comment } : {}) } as AnswerSummary;
}

/** `photos: false` for the request a merged one follows: its notes' photos are its own requester's to open. */
export function toTrackedEvent(row: TimelineRow, photos = true): TrackedRequestEvent {
  const event: TrackedRequestEvent = { action: row.action, toStatus: row.toStatus, at: row.at.toISOString() };
  const note = NOTE_KEYS.map((key) => row.payload[key]).find((value) => typeof value === 'string' && value !== '');
  if (typeof note === 'string') event.note = note;
  // A public progress note's photos (only public events reach here; internal notes' photos are not listed either).
  const attachmentIds = row.payload.attachmentIds;
  if (photos && Array.isArray(attachmentIds) && attachmentIds.length > 0) event.attachmentIds = attachmentIds.filter((id): id is string => typeof id === 'string');
  const answer = answerOf(row);
  if (answer) event.answer = answer;
  return event;
}

/**
 * What a merged request's requester follows of the request it went into: the office's public work on it — never its
 * own requester's submission, answers or withdrawal, which are that person's.
 */
const NOT_FOLLOWED: ReadonlySet<string> = new Set(['submit', 'feedback', 'return_visit', 'withdraw', 'merge']);

export function isFollowedEvent(row: Pick<TimelineRow, 'action' | 'public'>): boolean {
  return row.public && !NOT_FOLLOWED.has(row.action);
}
