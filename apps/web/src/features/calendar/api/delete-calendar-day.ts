// `DELETE /api/calendar/:day`: the day follows the Monday–Friday rule again.
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { calendarQueryKey } from './get-calendar-days';

export function deleteCalendarDay(day: string): Promise<void> {
  return api<void>(`/calendar/${encodeURIComponent(day)}`, { method: 'DELETE' });
}

export function useDeleteCalendarDay() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCalendarDay,
    onSettled: () => queryClient.invalidateQueries({ queryKey: calendarQueryKey }),
  });
}
