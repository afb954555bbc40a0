// `PUT /api/calendar/:day`: add or change one exception day.
import type { CalendarDay, PutCalendarDayRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarQueryKey } from './get-calendar-days';

export function putCalendarDay({ day, ...body }: CalendarDay): Promise<CalendarDay> {
  return api<CalendarDay>(`/calendar/${encodeURIComponent(day)}`, { method: 'PUT', json: body satisfies PutCalendarDayRequest });
}

export function usePutCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putCalendarDay,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: calendarQueryKey }),
  });
}
