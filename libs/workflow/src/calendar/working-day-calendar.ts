// SLA clocks on the Chinese working-day calendar (法定节假日 and 调休 make-up days).

import { DAY_MS, chinaDayNumber, chinaDayStart, chinaWeekday, formatIsoDay, parseIsoDay } from './china-day';

export interface WorkingDayCalendarConfig {
  /** YYYY-MM-DD days off, on weekdays or weekends (listing a weekend day is harmless) */
  readonly holidays: readonly string[];
  /** YYYY-MM-DD weekend days worked in exchange (调休) */
  readonly workdays: readonly string[];
}

export interface ClockPoints {
  readonly dueAt: Date;
  readonly warnAt: Date;
}

/**
 * Semantics:
 * - Days are China calendar days, 00:00–24:00 at UTC+8 (fixed; China has no DST).
 * - A working day is a listed 调休 workday, or a Monday–Friday that is not a listed holiday.
 * - A clock counts only the time that falls inside working days. Nights of working days
 *   count, so "n working days" means n × 24 hours of working-day time.
 * - addWorkingDays(start, n) is the first instant at which n × 24h of working-day time has
 *   elapsed since start. Submitted Fri 15:00 with 2 days → due Tue 15:00 in a normal week
 *   (9h Fri + 24h Mon + 15h Tue). Submitted on a Saturday or a holiday → counting starts at
 *   00:00 of the next working day, so 2 days from Saturday → Wednesday 00:00. n = 0 → start.
 * - workingMsBetween(a, b) is the working-day time in [a, b); negative when b is before a.
 */
export class WorkingDayCalendar {
  private readonly holidays: ReadonlySet<number>;
  private readonly workdays: ReadonlySet<number>;

  constructor(config: WorkingDayCalendarConfig) {
    this.holidays = toDaySet(config.holidays, 'holidays');
    this.workdays = toDaySet(config.workdays, 'workdays');
    for (const day of this.workdays) {
      if (this.holidays.has(day)) {
        throw new RangeError(`${formatIsoDay(day)} is listed both as a holiday and as a workday`);
      }
    }
  }

  /** A Date is judged by its China calendar day; a string must be YYYY-MM-DD. */
  isWorkingDay(date: Date | string): boolean {
    if (typeof date === 'string') {
      const day = parseIsoDay(date);
      if (day === null) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
      return this.isWorkingDayNumber(day);
    }
    return this.isWorkingDayNumber(chinaDayNumber(instantOf(date)));
  }

  addWorkingDays(start: Date, n: number): Date {
    return this.addWorkingMs(start, Math.round(nonNegative(n, 'n') * DAY_MS));
  }

  /** As addWorkingDays, in milliseconds of working-day time (used for warning points). */
  addWorkingMs(start: Date, ms: number): Date {
    const from = instantOf(start);
    let remaining = nonNegative(ms, 'ms');
    if (remaining === 0) return new Date(from);
    // Terminates: holidays are finite, so a working weekday always comes.
    for (let day = chinaDayNumber(from); ; day++) {
      if (!this.isWorkingDayNumber(day)) continue;
      const counted = Math.max(from, chinaDayStart(day));
      const available = chinaDayStart(day + 1) - counted;
      if (remaining <= available) return new Date(counted + remaining);
      remaining -= available;
    }
  }

  workingMsBetween(a: Date, b: Date): number {
    const start = instantOf(a);
    const end = instantOf(b);
    if (end < start) return -this.workingMsBetween(b, a);
    let total = 0;
    for (let day = chinaDayNumber(start); chinaDayStart(day) < end; day++) {
      if (!this.isWorkingDayNumber(day)) continue;
      total += Math.min(end, chinaDayStart(day + 1)) - Math.max(start, chinaDayStart(day));
    }
    return total;
  }

  /** The due instant and the warning instant (warnRatio of the clock's working time). */
  clockPoints(start: Date, days: number, warnRatio = 0.8): ClockPoints {
    const totalMs = nonNegative(days, 'days') * DAY_MS;
    if (!(warnRatio >= 0 && warnRatio <= 1)) throw new RangeError(`warnRatio must be within [0, 1], got ${warnRatio}`);
    return {
      dueAt: this.addWorkingMs(start, Math.round(totalMs)),
      warnAt: this.addWorkingMs(start, Math.round(totalMs * warnRatio)),
    };
  }

  /** Share of the clock used at now: 0 before start, 1 at the due instant, above 1 when overdue. */
  elapsedRatio(start: Date, days: number, now: Date): number {
    if (!(days > 0 && Number.isFinite(days))) throw new RangeError(`days must be a positive number, got ${days}`);
    return Math.max(0, this.workingMsBetween(start, now)) / (days * DAY_MS);
  }

  private isWorkingDayNumber(day: number): boolean {
    if (this.workdays.has(day)) return true;
    if (this.holidays.has(day)) return false;
    const weekday = chinaWeekday(day);
    return weekday !== 0 && weekday !== 6;
  }
}

function toDaySet(days: readonly string[], list: string): ReadonlySet<number> {
  return new Set(
    days.map((text) => {
      const day = parseIsoDay(text);
      if (day === null) throw new RangeError(`${list}: not a YYYY-MM-DD date: ${text}`);
      return day;
    }),
  );
}

function instantOf(date: Date): number {
  const ms = date.getTime();
  if (Number.isNaN(ms)) throw new RangeError('invalid Date');
  return ms;
}

function nonNegative(value: number, name: string): number {
  if (!(value >= 0 && Number.isFinite(value))) throw new RangeError(`${name} must be a non-negative number, got ${value}`);
  return value;
}
