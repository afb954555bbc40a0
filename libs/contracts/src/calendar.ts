/** A day that breaks the Monday–Friday rule: a 法定节假日 (holiday) or a 调休 make-up working day (workday). */
export interface CalendarDay {
  day: string; // YYYY-MM-DD
  kind: 'holiday' | 'workday';
  name: string;
}

export type PutCalendarDayRequest = Omit<CalendarDay, 'day'>;
