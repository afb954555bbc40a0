// The dashboard reads a period's whole calendar months from the month rollup and only the days around them from the day
// rollup: a year is twelve rows per unit and category instead of 365.
import { chinaDayNumber, formatIsoDay } from '@banshishi/workflow';

/** The calendar months wholly inside the period, as [wholeFrom, wholeTo) first days (an empty range when there are none). */
export function wholeMonths(period: { from: Date; to: Date }): { wholeFrom: string; wholeTo: string } {
  const first = formatIsoDay(chinaDayNumber(period.from.getTime()));
  const end = formatIsoDay(chinaDayNumber(period.to.getTime()));
  const nextMonth = (day: string) => {
    const [year, month] = [Number(day.slice(0, 4)), Number(day.slice(5, 7))];
    return month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
  };
  const wholeFrom = first.endsWith('-01') ? first : nextMonth(first);
  const wholeTo = `${end.slice(0, 7)}-01`;
  return wholeFrom < wholeTo ? { wholeFrom, wholeTo } : { wholeFrom: first, wholeTo: first };
}
