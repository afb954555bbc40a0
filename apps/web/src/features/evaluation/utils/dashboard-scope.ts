// The dashboard's period and unit live in the address, so a link to a figure's requests (or the report) says exactly
// which numbers it explains. Default: the last full calendar month (libs/workflow's defaultFigurePeriod, as the API),
// with "today" taken in China time whatever the browser's time zone.
import { chinaDayNumber, defaultFigurePeriod, formatIsoDay } from '@banshishi/workflow';
import dayjs, { type Dayjs } from 'dayjs';

export interface DashboardScope {
  /** YYYY-MM-DD, first day of submission (included) */
  from: string;
  /** YYYY-MM-DD, last day (included) */
  to: string;
  unitId?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const MONTH = /^\d{4}-\d{2}$/;
const FORMAT = 'YYYY-MM-DD';

/** Today in China (UTC+8), as a date without a time zone. */
export function chinaToday(now = Date.now()): Dayjs {
  return dayjs(formatIsoDay(chinaDayNumber(now)));
}

export function thisMonth(today: Dayjs = chinaToday()): { from: string; to: string } {
  return { from: today.startOf('month').format(FORMAT), to: today.format(FORMAT) };
}

/** The last full calendar month: what a leader's "the figures" means, and the monthly report's month. */
export function lastFullMonth(today: Dayjs = chinaToday()): { from: string; to: string } {
  const period = defaultFigurePeriod(chinaDayNumber(Date.UTC(today.year(), today.month(), today.date())));
  return { from: formatIsoDay(period.from), to: formatIsoDay(period.to) };
}

/** A calendar month as a period (a past month whole; this month up to today). */
export function monthScope(month: string, today: Dayjs = chinaToday()): { from: string; to: string } {
  const start = dayjs(`${month}-01`);
  const end = start.endOf('month');
  return { from: start.format(FORMAT), to: (end.isAfter(today) ? today : end).format(FORMAT) };
}

export function scopeFromSearch(params: URLSearchParams, today: Dayjs = chinaToday()): DashboardScope {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const month = params.get('month') ?? '';
  const period = DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : MONTH.test(month) ? monthScope(month, today) : lastFullMonth(today);
  const unitId = params.get('unitId') || undefined;
  return unitId ? { ...period, unitId } : period;
}

export function searchFromScope(scope: DashboardScope, extra: Record<string, string | number> = {}): string {
  const params = new URLSearchParams({ from: scope.from, to: scope.to });
  if (scope.unitId) params.set('unitId', scope.unitId);
  for (const [key, value] of Object.entries(extra)) params.set(key, String(value));
  return params.toString();
}

/** The period is one whole calendar month (or this month so far): the month picker shows it as such. */
export function monthOf(scope: DashboardScope, today: Dayjs = chinaToday()): string | null {
  const month = scope.from.slice(0, 7);
  const whole = monthScope(month, today);
  return whole.from === scope.from && whole.to === scope.to ? month : null;
}
