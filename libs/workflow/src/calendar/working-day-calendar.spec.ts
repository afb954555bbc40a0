import fc from 'fast-check';
import { CN_WORKING_DAY_CONFIG } from './cn-holidays';
import { WorkingDayCalendar } from './working-day-calendar';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant written in China time, e.g. cst('2025-03-07T15:00'). */
const cst = (local: string): Date => new Date(`${local}:00+08:00`);

const calendar = new WorkingDayCalendar(CN_WORKING_DAY_CONFIG);
const plain = new WorkingDayCalendar({ holidays: [], workdays: [] });

describe('isWorkingDay', () => {
  it.each([
    ['2025-03-07', true], // Friday
    ['2025-03-08', false], // Saturday
    ['2025-01-26', true], // Sunday worked for 春节 (调休)
    ['2025-01-28', false], // 除夕, a Tuesday
    ['2025-02-08', true], // Saturday worked for 春节
    ['2025-10-08', false], // Wednesday, the 8th day of 国庆 2025
    ['2025-10-11', true], // Saturday worked for 国庆
    ['2026-02-14', true], // Saturday worked for 春节 2026
    ['2026-02-23', false], // Monday, last day of 春节 2026
    ['2026-01-04', true], // Sunday worked for 元旦 2026
  ])('%s → %p', (day, working) => {
    expect(calendar.isWorkingDay(day)).toBe(working);
  });

  it('judges a Date by its China calendar day, not by UTC', () => {
    // 2025-03-07T23:30 in China is still Friday there, although it is Friday 15:30 UTC…
    expect(calendar.isWorkingDay(cst('2025-03-07T23:30'))).toBe(true);
    // …and Saturday 00:30 in China is Friday 16:30 UTC, already the weekend in China.
    expect(calendar.isWorkingDay(cst('2025-03-08T00:30'))).toBe(false);
  });

  it('refuses malformed days', () => {
    expect(() => calendar.isWorkingDay('2025/03/07')).toThrow(RangeError);
    expect(() => calendar.isWorkingDay(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addWorkingDays', () => {
  it.each([
    // [why, start, days, due]
    ['a normal week: Fri 15:00 + 2 → Tue 15:00', '2025-03-07T15:00', 2, '2025-03-11T15:00'],
    ['a Saturday start counts from Monday 00:00', '2025-03-08T10:00', 2, '2025-03-12T00:00'],
    ['a Sunday start likewise', '2025-03-09T23:59', 1, '2025-03-11T00:00'],
    ['15 days from Monday 09:00 is three weeks later', '2025-03-03T09:00', 15, '2025-03-24T09:00'],
    ['春节 2025: the 调休 Sunday Jan 26 counts', '2025-01-24T15:00', 2, '2025-01-27T15:00'],
    ['春节 2025: Mon before the break jumps Jan 28–Feb 4', '2025-01-27T10:00', 2, '2025-02-06T10:00'],
    ['春节 2025: 15-day clock runs through the 调休 Saturday Feb 8', '2025-01-27T09:00', 15, '2025-02-24T09:00'],
    ['春节 2026: the 调休 Saturday Feb 14 counts, Feb 15–23 do not', '2026-02-13T15:00', 2, '2026-02-24T15:00'],
    ['春节 2026: due on the 调休 Saturday Feb 28', '2026-02-25T12:00', 3, '2026-02-28T12:00'],
    ['国庆 2025: the 调休 Sunday Sep 28 counts', '2025-09-26T15:00', 2, '2025-09-29T15:00'],
    ['国庆 2025: Sep 30 jumps Oct 1–8', '2025-09-30T09:00', 2, '2025-10-10T09:00'],
    ['国庆 2025: due on the 调休 Saturday Oct 11', '2025-10-10T10:00', 1, '2025-10-11T10:00'],
    ['start on a holiday (国庆 2025) counts from Oct 9 00:00', '2025-10-03T11:00', 2, '2025-10-11T00:00'],
    ['start on a holiday (春节 2026) counts from Feb 24 00:00', '2026-02-17T08:00', 1, '2026-02-25T00:00'],
    ['the 7-day answer window across 劳动节 2025', '2025-04-30T18:00', 7, '2025-05-14T18:00'],
    ['half a day', '2025-03-07T20:00', 0.5, '2025-03-10T08:00'],
  ])('%s', (_why, start, days, due) => {
    expect(calendar.addWorkingDays(cst(start), days)).toEqual(cst(due));
  });

  it('returns the start itself for zero days, even on a weekend', () => {
    expect(calendar.addWorkingDays(cst('2025-03-08T10:00'), 0)).toEqual(cst('2025-03-08T10:00'));
  });

  it('returns a new Date', () => {
    const start = cst('2025-03-07T10:00');
    expect(calendar.addWorkingDays(start, 0)).not.toBe(start);
  });

  it.each([-1, Number.NaN, Infinity])('refuses %p days', (n) => {
    expect(() => calendar.addWorkingDays(cst('2025-03-07T10:00'), n)).toThrow(RangeError);
  });
});

describe('workingMsBetween', () => {
  it.each([
    ['over a weekend', '2025-03-07T15:00', '2025-03-10T09:00', 18 * HOUR],
    ['within one day', '2025-03-07T09:00', '2025-03-07T17:30', 8.5 * HOUR],
    ['inside a weekend', '2025-03-08T09:00', '2025-03-09T17:00', 0],
    ['across 春节 2025 with the 调休 Sunday', '2025-01-24T00:00', '2025-02-10T00:00', 7 * DAY],
  ])('%s', (_why, a, b, ms) => {
    expect(calendar.workingMsBetween(cst(a), cst(b))).toBe(ms);
  });

  it('is negative when the end comes first', () => {
    expect(calendar.workingMsBetween(cst('2025-03-10T09:00'), cst('2025-03-07T15:00'))).toBe(-18 * HOUR);
  });
});

describe('clockPoints', () => {
  it('warns at 80% of the working time by default', () => {
    // 2 days = 48h; 80% = 38.4h: 9h Fri + 24h Mon + 5.4h Tue → Tue 05:24.
    expect(calendar.clockPoints(cst('2025-03-07T15:00'), 2)).toEqual({ dueAt: cst('2025-03-11T15:00'), warnAt: cst('2025-03-11T05:24') });
  });

  it('puts the warning of a 15-day clock after 12 working days', () => {
    expect(calendar.clockPoints(cst('2025-03-03T09:00'), 15)).toEqual({ dueAt: cst('2025-03-24T09:00'), warnAt: cst('2025-03-19T09:00') });
  });

  it('skips holidays for the warning too (春节 2025)', () => {
    // 80% of 2 days from Mon Jan 27 10:00: 14h Jan 27, then 24.4h from Feb 5 00:00 → Feb 6 00:24.
    expect(calendar.clockPoints(cst('2025-01-27T10:00'), 2).warnAt).toEqual(cst('2025-02-06T00:24'));
  });

  it('takes another ratio', () => {
    expect(plain.clockPoints(cst('2025-03-03T00:00'), 2, 0.5).warnAt).toEqual(cst('2025-03-04T00:00'));
  });

  it.each([-0.1, 1.1, Number.NaN])('refuses a warnRatio of %p', (ratio) => {
    expect(() => plain.clockPoints(cst('2025-03-03T00:00'), 2, ratio)).toThrow(RangeError);
  });
});

describe('elapsedRatio', () => {
  const start = cst('2025-03-07T15:00');

  it.each([
    ['before the start', '2025-03-07T10:00', 0],
    ['at the start', '2025-03-07T15:00', 0],
    ['over the weekend nothing accrues', '2025-03-09T12:00', 9 / 48],
    ['half way on Monday 15:00', '2025-03-10T15:00', 0.5],
    ['at the due instant', '2025-03-11T15:00', 1],
    ['overdue by a working day', '2025-03-12T15:00', 1.5],
  ])('%s', (_why, now, ratio) => {
    expect(calendar.elapsedRatio(start, 2, cst(now))).toBeCloseTo(ratio, 12);
  });

  it.each([0, -1, Infinity])('refuses a clock of %p days', (days) => {
    expect(() => calendar.elapsedRatio(start, days, start)).toThrow(RangeError);
  });
});

describe('construction', () => {
  it('refuses a day that is both a holiday and a workday', () => {
    expect(() => new WorkingDayCalendar({ holidays: ['2025-03-08'], workdays: ['2025-03-08'] })).toThrow(/2025-03-08 is listed both/);
  });

  it('refuses malformed days', () => {
    expect(() => new WorkingDayCalendar({ holidays: ['2025-3-8'], workdays: [] })).toThrow(/holidays: not a YYYY-MM-DD date: 2025-3-8/);
    expect(() => new WorkingDayCalendar({ holidays: [], workdays: ['2025-02-29'] })).toThrow(RangeError);
  });

  it('honours admin-added days', () => {
    const custom = new WorkingDayCalendar({ holidays: ['2025-03-07'], workdays: ['2025-03-08'] });
    expect(custom.isWorkingDay('2025-03-07')).toBe(false);
    expect(custom.isWorkingDay('2025-03-08')).toBe(true);
    expect(custom.addWorkingDays(cst('2025-03-07T12:00'), 1)).toEqual(cst('2025-03-09T00:00'));
  });
});

describe('properties', () => {
  // 2023-12 to 2027-01 spans every seeded holiday and some unseeded time either side.
  const instant = fc.integer({ min: Date.UTC(2023, 11, 1), max: Date.UTC(2027, 0, 31) }).map((ms) => new Date(ms));
  const days = fc.integer({ min: 0, max: 40 });

  it('addWorkingDays is monotonic in the start', () => {
    fc.assert(
      fc.property(instant, instant, days, (a, b, n) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(calendar.addWorkingDays(early, n).getTime()).toBeLessThanOrEqual(calendar.addWorkingDays(late, n).getTime());
      }),
    );
  });

  it('addWorkingDays is monotonic in n and never earlier than the start', () => {
    fc.assert(
      fc.property(instant, days, days, (start, m, n) => {
        const [fewer, more] = m <= n ? [m, n] : [n, m];
        const sooner = calendar.addWorkingDays(start, fewer).getTime();
        expect(sooner).toBeGreaterThanOrEqual(start.getTime());
        expect(sooner).toBeLessThanOrEqual(calendar.addWorkingDays(start, more).getTime());
      }),
    );
  });

  it('workingMsBetween(start, addWorkingDays(start, n)) is exactly n days', () => {
    fc.assert(
      fc.property(instant, days, (start, n) => {
        expect(calendar.workingMsBetween(start, calendar.addWorkingDays(start, n))).toBe(n * DAY);
      }),
    );
  });

  it('the due instant is the first one with the full time elapsed', () => {
    fc.assert(
      fc.property(instant, fc.integer({ min: 1, max: 40 }), (start, n) => {
        const due = calendar.addWorkingDays(start, n);
        expect(calendar.workingMsBetween(start, new Date(due.getTime() - 1))).toBe(n * DAY - 1);
      }),
    );
  });

  it('workingMsBetween adds up over a split point', () => {
    fc.assert(
      fc.property(instant, instant, instant, (x, y, z) => {
        const [a, b, c] = [x, y, z].sort((p, q) => p.getTime() - q.getTime()) as [Date, Date, Date];
        expect(calendar.workingMsBetween(a, b) + calendar.workingMsBetween(b, c)).toBe(calendar.workingMsBetween(a, c));
      }),
    );
  });
});
