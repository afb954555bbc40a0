// When a request taken in person starts its clocks: the day it was heard, as the cadre writes it down.
import { IN_PERSON_LIMITS } from '@banshishi/contracts';
import { DAY_MS, CHINA_OFFSET_MS, chinaDayNumber, parseIsoDay } from '@banshishi/workflow';

export type HeardOn = { ok: true; clockStart: Date } | { ok: false; message: string };

/**
 * The instant the clocks of a request heard on `heardOn` (a China day) start, recorded at `now`:
 * - heard today: now, like an online submission (the moment is known);
 * - heard on an earlier day: the last moment of that day. The day it was heard is not counted (as 民法典 art. 201
 *   counts periods in days), time before the hearing is never counted, and a request that waited on a desk gets no
 *   extra time for it: its clocks run from that day, overdue at once if so long ago.
 * A day after today, or more than IN_PERSON_LIMITS.heardWithinDays before it (a wrong year, most likely), is refused.
 */
export function heardOnClockStart(heardOn: string, now: Date): HeardOn {
  const day = parseIsoDay(heardOn);
  if (day === null) return { ok: false, message: 'heardOn must be a real day (YYYY-MM-DD)' };
  const today = chinaDayNumber(now.getTime());
  if (day > today) return { ok: false, message: 'heardOn must not be after today (China time)' };
  if (day < today - IN_PERSON_LIMITS.heardWithinDays) {
    return { ok: false, message: `heardOn must be within the last ${IN_PERSON_LIMITS.heardWithinDays} days` };
  }
  if (day === today) return { ok: true, clockStart: now };
  return { ok: true, clockStart: new Date((day + 1) * DAY_MS - CHINA_OFFSET_MS - 1) };
}
