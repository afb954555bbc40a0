// The period the figures are read over, as a leader means it: by default the last full calendar month (China time),
// compared with the one before it (环比) — a month still running has clocks still running, so its rates are not yet
// comparable, and on the 1st of a month "this month" holds one morning's requests. Days are China day numbers
// (`chinaDayNumber`), both ends included.

export interface FigurePeriod {
  /** first day, included */
  from: number;
  /** last day, included */
  to: number;
}

/** Day number → [year, month 0-11, day of month]. */
function parts(day: number): [number, number, number] {
  const date = new Date(day * 86_400_000);
  return [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()];
}

/** The first day of the month `offset` months from the month of `day`. */
function monthStart(day: number, offset = 0): number {
  const [year, month] = parts(day);
  return Date.UTC(year, month + offset, 1) / 86_400_000;
}

/** The last full calendar month before `today`'s month. */
export function defaultFigurePeriod(today: number): FigurePeriod {
  return { from: monthStart(today, -1), to: monthStart(today) - 1 };
}

/** Whether the period is whole calendar months (the 1st to the last day of a month). */
export function isWholeMonths(period: FigurePeriod): boolean {
  return parts(period.from)[2] === 1 && parts(period.to + 1)[2] === 1;
}

/**
 * The period just before, to compare with: as many whole months before whole months (March → February, Q2 → Q1);
 * the same days of the month before a month so far (1–10 March → 1–10 February, 1–30 March → all February);
 * otherwise as many days before (the 30 days before 30 days).
 */
export function previousFigurePeriod(period: FigurePeriod): FigurePeriod {
  const [fromYear, fromMonth, fromDate] = parts(period.from);
  const [toYear, toMonth, toDate] = parts(period.to);
  if (isWholeMonths(period)) {
    const months = (toYear - fromYear) * 12 + (toMonth - fromMonth) + 1;
    return { from: monthStart(period.from, -months), to: period.from - 1 };
  }
  if (fromDate === 1 && toYear === fromYear && toMonth === fromMonth) {
    const from = monthStart(period.from, -1);
    return { from, to: Math.min(from + toDate - 1, period.from - 1) };
  }
  const days = period.to - period.from + 1;
  return { from: period.from - days, to: period.from - 1 };
}
