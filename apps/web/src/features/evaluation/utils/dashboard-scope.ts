// The dashboard's period and unit live in the address, so a link to a figure's requests (or the report) says exactly
// which numbers it explains. Default: this month up to today.
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

export function thisMonth(today: Dayjs = dayjs()): { from: string; to: string } {
  return { from: today.startOf('month').format(FORMAT), to: today.format(FORMAT) };
}

/** A calendar month as a period (a past month whole; this month up to today). */
export function monthScope(month: string, today: Dayjs = dayjs()): { from: string; to: string } {
  const start = dayjs(`${month}-01`);
  const end = start.endOf('month');
  return { from: start.format(FORMAT), to: (end.isAfter(today) ? today : end).format(FORMAT) };
}

export function scopeFromSearch(params: URLSearchParams, today: Dayjs = dayjs()): DashboardScope {
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const month = params.get('month') ?? '';
  const period = DAY.test(from) && DAY.test(to) && from <= to ? { from, to } : MONTH.test(month) ? monthScope(month, today) : thisMonth(today);
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
export function monthOf(scope: DashboardScope, today: Dayjs = dayjs()): string | null {
  const month = scope.from.slice(0, 7);
  const whole = monthScope(month, today);
  return whole.from === scope.from && whole.to === scope.to ? month : null;
}
