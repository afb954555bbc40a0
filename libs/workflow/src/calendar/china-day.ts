// Day arithmetic on China time. China has kept UTC+8 without daylight saving since 1991,
// so a fixed offset is exact and we avoid Intl and the host's time zone entirely.

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;
export const CHINA_OFFSET_MS = 8 * HOUR_MS;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 in China (the epoch itself fell at 08:00 China time on day 0). */
export function chinaDayNumber(instantMs: number): number {
  return Math.floor((instantMs + CHINA_OFFSET_MS) / DAY_MS);
}

/** The instant a China day begins (00:00 UTC+8). */
export function chinaDayStart(dayNumber: number): number {
  return dayNumber * DAY_MS - CHINA_OFFSET_MS;
}

/** 0 = Sunday … 6 = Saturday. Day 0 was a Thursday. */
export function chinaWeekday(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Parses YYYY-MM-DD into a day number, or null for anything that is not a real date. */
export function parseIsoDay(text: string): number | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const back = new Date(utc);
  // Date.UTC rolls 02-30 over into March; a round trip catches that.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return utc / DAY_MS;
}

export function formatIsoDay(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}
