// The official arrangements (国务院办公厅关于部分节假日安排的通知) for the seeded years.
// The database seeder loads these; admins add later years through the calendar screen.

import { toCalendarConfig, type HolidaySchedule } from './holiday-schedule';
import type { WorkingDayCalendarConfig } from './working-day-calendar';

export const CN_HOLIDAY_SCHEDULES: readonly HolidaySchedule[] = [
  {
    year: 2024,
    notice: '国务院办公厅关于2024年部分节假日安排的通知',
    festivals: [
      { name: '元旦', nameEn: "New Year's Day", from: '2024-01-01', to: '2024-01-01', workdays: [] },
      { name: '春节', nameEn: 'Spring Festival', from: '2024-02-10', to: '2024-02-17', workdays: ['2024-02-04', '2024-02-18'] },
      { name: '清明节', nameEn: 'Qingming Festival', from: '2024-04-04', to: '2024-04-06', workdays: ['2024-04-07'] },
      { name: '劳动节', nameEn: 'Labour Day', from: '2024-05-01', to: '2024-05-05', workdays: ['2024-04-28', '2024-05-11'] },
      { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2024-06-10', to: '2024-06-10', workdays: [] },
      { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2024-09-15', to: '2024-09-17', workdays: ['2024-09-14'] },
      { name: '国庆节', nameEn: 'National Day', from: '2024-10-01', to: '2024-10-07', workdays: ['2024-09-29', '2024-10-12'] },
    ],
  },
  {
    // The first year with the extra 除夕 and 劳动节 days of the 2024 revision of the holiday rules.
    year: 2025,
    notice: '国务院办公厅关于2025年部分节假日安排的通知',
    festivals: [
      { name: '元旦', nameEn: "New Year's Day", from: '2025-01-01', to: '2025-01-01', workdays: [] },
      { name: '春节', nameEn: 'Spring Festival', from: '2025-01-28', to: '2025-02-04', workdays: ['2025-01-26', '2025-02-08'] },
      { name: '清明节', nameEn: 'Qingming Festival', from: '2025-04-04', to: '2025-04-06', workdays: [] },
      { name: '劳动节', nameEn: 'Labour Day', from: '2025-05-01', to: '2025-05-05', workdays: ['2025-04-27'] },
      { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2025-05-31', to: '2025-06-02', workdays: [] },
      {
        name: '国庆节、中秋节',
        nameEn: 'National Day and Mid-Autumn Festival',
        from: '2025-10-01',
        to: '2025-10-08',
        workdays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    year: 2026,
    notice: '国务院办公厅关于2026年部分节假日安排的通知',
    festivals: [
      { name: '元旦', nameEn: "New Year's Day", from: '2026-01-01', to: '2026-01-03', workdays: ['2026-01-04'] },
      { name: '春节', nameEn: 'Spring Festival', from: '2026-02-15', to: '2026-02-23', workdays: ['2026-02-14', '2026-02-28'] },
      { name: '清明节', nameEn: 'Qingming Festival', from: '2026-04-04', to: '2026-04-06', workdays: [] },
      { name: '劳动节', nameEn: 'Labour Day', from: '2026-05-01', to: '2026-05-05', workdays: ['2026-05-09'] },
      { name: '端午节', nameEn: 'Dragon Boat Festival', from: '2026-06-19', to: '2026-06-21', workdays: [] },
      { name: '中秋节', nameEn: 'Mid-Autumn Festival', from: '2026-09-25', to: '2026-09-27', workdays: [] },
      { name: '国庆节', nameEn: 'National Day', from: '2026-10-01', to: '2026-10-07', workdays: ['2026-09-20', '2026-10-10'] },
    ],
  },
];

/** All seeded years as one calendar input. */
export const CN_WORKING_DAY_CONFIG: WorkingDayCalendarConfig = toCalendarConfig(CN_HOLIDAY_SCHEDULES);
