// The columns each request action moves besides its status and reopen count. Pure (the time and the working-day
// calendar come in), so the one executor, the demo seed and the specs share this single definition.
import type { RequestEvent, WorkingDayCalendar } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';

/** The request as the effects read it. */
export interface EffectSubject {
  respondedAt: Date | null;
  acceptedAt: Date | null;
  /** the category's resolution clock, in working days */
  resolutionDays: number;
  resolutionDueAt: Date | null;
  extensionDays: number | null;
  extendedDays: number;
}

/** The columns an action may move (RequestEntity's names). */
export interface RequestChanges {
  respondedAt?: Date;
  acceptedAt?: Date;
  resolutionDueAt?: Date;
  resolutionWarnAt?: Date;
  handlingUnitId?: string;
  handlerId?: string | null;
  mergedIntoId?: string;
  contactedAt?: Date;
  resolvedAt?: Date | null;
  closedAt?: Date;
  extensionDays?: number | null;
  extensionRequestedAt?: Date | null;
  extendedDays?: number;
}

export interface EffectContext {
  now: Date;
  calendar: WorkingDayCalendar;
}

/** The cadre's response (响应) that the response clock waits for: the first of these stops it. */
const RESPONSE_ACTIONS: ReadonlySet<RequestEvent['action']> = new Set(['accept', 'reject', 'merge', 'transfer']);

function invalid(field: string, message: string): DomainError {
  return new DomainError('UNPROCESSABLE', message, { errors: [{ field, message }] });
}

/** What `event` (already allowed by the transition table) writes; a refusal that depends on the row is thrown (422). */
export function requestEffects(subject: EffectSubject, event: RequestEvent, { now, calendar }: EffectContext): RequestChanges {
  const changes: RequestChanges = RESPONSE_ACTIONS.has(event.action) && !subject.respondedAt ? { respondedAt: now } : {};
  switch (event.action) {
    case 'accept': {
      const clock = calendar.clockPoints(now, subject.resolutionDays);
      return { ...changes, acceptedAt: now, resolutionDueAt: clock.dueAt, resolutionWarnAt: clock.warnAt };
    }
    case 'transfer':
      // The request waits again for triage at the new unit, with no handler; its clocks keep running.
      return { ...changes, handlingUnitId: event.payload.unitId, handlerId: null };
    case 'merge':
      return { ...changes, mergedIntoId: event.payload.targetId };
    case 'assign':
      return { ...changes, handlerId: event.payload.handlerId };
    case 'note':
      return event.payload.contacted ? { ...changes, contactedAt: now } : changes;
    case 'resolve':
      return { ...changes, resolvedAt: now };
    case 'feedback':
    case 'return_visit':
      // A merged request's own answer is recorded (request_answer) and moves nothing; else closed now, or back with
      // the handler (重办): the resolution is undone.
      if (event.to === 'merged') return changes;
      return event.to === 'closed' ? { ...changes, closedAt: now } : { ...changes, resolvedAt: null };
    case 'close_unrated':
      return { ...changes, closedAt: now };
    case 'request_extension':
      // Asked for before the due time, one at a time (DOMAIN.md: 延期 is asked for before the due date).
      if (!subject.resolutionDueAt || subject.resolutionDueAt <= now) throw invalid('days', 'An extension must be asked for before the resolution due time');
      if (subject.extensionDays !== null) throw invalid('days', 'An extension request is already waiting for a leader');
      return { ...changes, extensionDays: event.payload.days, extensionRequestedAt: now };
    case 'decide_extension': {
      if (subject.extensionDays === null || !subject.resolutionDueAt) throw invalid('decision', 'No extension request is waiting');
      const cleared = { ...changes, extensionDays: null, extensionRequestedAt: null };
      if (event.payload.decision !== 'approved') return cleared;
      // The due time moves by the working days asked for; the warning moves to 80 % of the whole, longer clock.
      const dueAt = calendar.addWorkingDays(subject.resolutionDueAt, subject.extensionDays);
      const start = subject.acceptedAt ?? now;
      return {
        ...cleared,
        resolutionDueAt: dueAt,
        resolutionWarnAt: calendar.addWorkingMs(start, Math.round(0.8 * calendar.workingMsBetween(start, dueAt))),
        extendedDays: subject.extendedDays + subject.extensionDays,
      };
    }
    default:
      return changes;
  }
}
