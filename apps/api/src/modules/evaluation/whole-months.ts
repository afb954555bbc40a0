// Calendar months in China time. The dashboard reads a period's whole months from the month rollup and only the days
// around them from the day rollup (a year is twelve rows per unit and category instead of 365); a hotspot cluster is
// one month of one unit and category.
import { CHINA_OFFSET_MS, chinaDayNumber, formatIsoDay } from '@banshishi/workflow';

/** The instant a China month (YYYY-MM, or any day of it) begins, and the instant the next one does. */
export function monthBounds(month: string): { start: Date; end: Date } {
  const [year, index] = [Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1];
  return { start: new Date(Date.UTC(year, index, 1) - CHINA_OFFSET_MS), end: new Date(Date.UTC(year, index + 1, 1) - CHINA_OFFSET_MS) };
}

/** The calendar months wholly inside the period, as [wholeFrom, wholeTo) first days (an empty range when there are none). */
export function wholeMonths(period: { from: Date; to: Date }): { wholeFrom: string; wholeTo: string } {
  const first = formatIsoDay(chinaDayNumber(period.from.getTime()));
  const end = formatIsoDay(chinaDayNumber(period.to.getTime()));
  const wholeFrom = first.endsWith('-01') ? first : formatIsoDay(chinaDayNumber(monthBounds(first).end.getTime()));
  const wholeTo = `${end.slice(0, 7)}-01`;
  return wholeFrom < wholeTo ? { wholeFrom, wholeTo } : { wholeFrom: first, wholeTo: first };
}
