// `GET /api/calendar?year=`: the year's exceptions to Monday–Friday (法定节假日 and 调休 working days).
import type { CalendarDay } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const calendarQueryKey = ['calendar'] as const;

export function getCalendarDays(year: number): Promise<CalendarDay[]> {
  return api<CalendarDay[]>('/calendar', { query: { year } });
}

export const calendarDaysQueryOptions = (year: number) => queryOptions({ queryKey: [...calendarQueryKey, year], queryFn: () => getCalendarDays(year) });

export function useCalendarDays(year: number) {
  return useQuery(calendarDaysQueryOptions(year));
}
