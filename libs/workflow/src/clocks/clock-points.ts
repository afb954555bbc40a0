// Which clock events a request has reached at a given time. Pure: the sweep asks the database for candidates,
// then this decides, on the working-day calendar.
import type { WorkingDayCalendar } from '../calendar/working-day-calendar';
import type { RequestStatus } from '../request/request-status';

export const CLOCK_EVENT_KINDS = [
  'response_warning',
  'response_overdue',
  'response_escalation',
  'resolution_warning',
  'resolution_overdue',
  'resolution_escalation',
  'answer_window_closed',
] as const;
export type ClockEventKind = (typeof CLOCK_EVENT_KINDS)[number];

/** Working days a requester has to answer after `resolved`; then the request closes unrated. */
export const ANSWER_WINDOW_DAYS = 7;

export interface ClockSubject {
  status: RequestStatus;
  /** the running clock (the generated request.due_at / warn_at) */
  dueAt: Date | null;
  warnAt: Date | null;
  resolvedAt: Date | null;
  graceDays: number;
}

export interface ClockPoint {
  kind: ClockEventKind;
  /** the key of the event with the request and kind: the running clock's due time (the window's end for an answer) */
  dueAt: Date;
  /** when it fires */
  at: Date;
}

/** Every point of the clock that runs now (none when no clock runs: in a project, closed…). */
export function clockPoints(subject: ClockSubject, calendar: WorkingDayCalendar): ClockPoint[] {
  if (subject.status === 'resolved') {
    if (!subject.resolvedAt) return [];
    const end = calendar.addWorkingDays(subject.resolvedAt, ANSWER_WINDOW_DAYS);
    return [{ kind: 'answer_window_closed', dueAt: end, at: end }];
  }
  const clock = subject.status === 'submitted' ? 'response' : subject.status === 'accepted' || subject.status === 'in_progress' ? 'resolution' : null;
  if (!clock || !subject.dueAt) return [];
  const dueAt = subject.dueAt;
  return [
    { kind: `${clock}_warning`, dueAt, at: subject.warnAt ?? dueAt },
    { kind: `${clock}_overdue`, dueAt, at: dueAt },
    { kind: `${clock}_escalation`, dueAt, at: calendar.addWorkingDays(dueAt, subject.graceDays) },
  ];
}

/** The points reached at `now`. */
export function reachedClockPoints(subject: ClockSubject, calendar: WorkingDayCalendar, now: Date): ClockPoint[] {
  return clockPoints(subject, calendar).filter((point) => point.at.getTime() <= now.getTime());
}
