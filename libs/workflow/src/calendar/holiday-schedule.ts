// A year's official holiday arrangement, festival by festival, as the 国务院办公厅 notice states it.

import type { WorkingDayCalendarConfig } from './working-day-calendar';
import { formatIsoDay, parseIsoDay } from './china-day';

export interface Festival {
  readonly name: string;
  readonly nameEn: string;
  /** first and last day off, inclusive (YYYY-MM-DD) */
  readonly from: string;
  readonly to: string;
  /** weekend days worked in exchange (调休) */
  readonly workdays: readonly string[];
}

export interface HolidaySchedule {
  readonly year: number;
  readonly notice: string;
  readonly festivals: readonly Festival[];
}

/** Every day off in a festival, in order. */
export function festivalDays(festival: Festival): string[] {
  const first = parseIsoDay(festival.from);
  const last = parseIsoDay(festival.to);
  if (first === null || last === null || last < first) {
    throw new RangeError(`${festival.name}: bad range ${festival.from}..${festival.to}`);
  }
  const days: string[] = [];
  for (let day = first; day <= last; day++) days.push(formatIsoDay(day));
  return days;
}

/** Flattens schedules into what WorkingDayCalendar (and the calendar table) takes. */
export function toCalendarConfig(schedules: readonly HolidaySchedule[]): WorkingDayCalendarConfig {
  const festivals = schedules.flatMap((schedule) => schedule.festivals);
  return {
    holidays: festivals.flatMap(festivalDays),
    workdays: festivals.flatMap((festival) => festival.workdays),
  };
}
