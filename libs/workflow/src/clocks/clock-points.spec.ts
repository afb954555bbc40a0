import { CN_WORKING_DAY_CONFIG } from '../calendar/cn-holidays';
import { WorkingDayCalendar } from '../calendar/working-day-calendar';
import { reachedClockPoints, type ClockSubject } from './clock-points';

const calendar = new WorkingDayCalendar(CN_WORKING_DAY_CONFIG);
/** An instant written in China time. */
const cst = (local: string): Date => new Date(`${local}:00+08:00`);
const kinds = (subject: ClockSubject, now: string) => reachedClockPoints(subject, calendar, cst(now)).map((point) => point.kind);

describe('reachedClockPoints', () => {
  // Due Thu 11 Sep 2025 10:00, warning Wed 10 Sep 16:00, grace 2 working days (Fri 12, then Mon 15 10:00).
  const inProgress: ClockSubject = { status: 'in_progress', dueAt: cst('2025-09-11T10:00'), warnAt: cst('2025-09-10T16:00'), resolvedAt: null, graceDays: 2 };

  it.each([
    ['2025-09-10T15:59', []],
    ['2025-09-10T16:00', ['resolution_warning']],
    ['2025-09-11T10:00', ['resolution_warning', 'resolution_overdue']],
    ['2025-09-15T09:59', ['resolution_warning', 'resolution_overdue']],
    ['2025-09-15T10:00', ['resolution_warning', 'resolution_overdue', 'resolution_escalation']],
  ])('in progress, at %s: %j', (now, expected) => {
    expect(kinds(inProgress, now)).toEqual(expected);
  });

  it('runs the grace across National Day and its 调休 Saturday', () => {
    // Due Tue 30 Sep 2025 10:00; 1–8 Oct off; Sat 11 Oct worked. Two working days: Thu 9 Oct and Fri 10 Oct → Fri 10 Oct 10:00.
    const subject: ClockSubject = { status: 'in_progress', dueAt: cst('2025-09-30T10:00'), warnAt: cst('2025-09-29T10:00'), resolvedAt: null, graceDays: 2 };
    expect(kinds(subject, '2025-10-08T23:59')).toEqual(['resolution_warning', 'resolution_overdue']);
    expect(kinds(subject, '2025-10-10T10:00')).toContain('resolution_escalation');
    // With 3 days of grace the 调休 Saturday counts: Sat 11 Oct 10:00.
    expect(kinds({ ...subject, graceDays: 3 }, '2025-10-11T09:59')).not.toContain('resolution_escalation');
    expect(kinds({ ...subject, graceDays: 3 }, '2025-10-11T10:00')).toContain('resolution_escalation');
  });

  it('uses the response clock while the request waits for triage', () => {
    const subject: ClockSubject = { status: 'submitted', dueAt: cst('2025-03-11T15:00'), warnAt: cst('2025-03-10T20:00'), resolvedAt: null, graceDays: 0 };
    expect(kinds(subject, '2025-03-11T15:00')).toEqual(['response_warning', 'response_overdue', 'response_escalation']);
  });

  it('closes the answer window 7 working days after resolution, across the Spring Festival', () => {
    // Resolved Fri 24 Jan 2025 12:00. Sun 26 Jan worked (调休); 28 Jan–4 Feb off; Sat 8 Feb worked.
    // Working days: Fri 24 (12h), Sun 26, Mon 27, Wed 5, Thu 6, Fri 7, Sat 8 (6 × 24h), Mon 10 (12h) → Mon 10 Feb 12:00.
    const subject: ClockSubject = { status: 'resolved', dueAt: null, warnAt: null, resolvedAt: cst('2025-01-24T12:00'), graceDays: 0 };
    expect(kinds(subject, '2025-02-10T11:59')).toEqual([]);
    expect(reachedClockPoints(subject, calendar, cst('2025-02-10T12:00'))).toEqual([{ kind: 'answer_window_closed', dueAt: cst('2025-02-10T12:00'), at: cst('2025-02-10T12:00') }]);
  });

  it.each(['in_project', 'closed', 'rejected', 'merged', 'withdrawn'] as const)('runs no clock when %s', (status) => {
    expect(kinds({ status, dueAt: cst('2025-01-01T00:00'), warnAt: null, resolvedAt: cst('2025-01-01T00:00'), graceDays: 0 }, '2026-01-01T00:00')).toEqual([]);
  });

  it('keys each event by the running due time, so an extension makes new keys', () => {
    const before = reachedClockPoints(inProgress, calendar, cst('2025-10-20T00:00'));
    const extended = reachedClockPoints({ ...inProgress, dueAt: cst('2025-10-16T10:00') }, calendar, cst('2025-10-20T00:00'));
    expect(before.map((p) => p.dueAt.toISOString())).not.toEqual(extended.map((p) => p.dueAt.toISOString()));
  });
});
