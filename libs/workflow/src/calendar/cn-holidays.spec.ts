import { chinaWeekday, parseIsoDay } from './china-day';
import { CN_HOLIDAY_SCHEDULES, CN_WORKING_DAY_CONFIG } from './cn-holidays';
import { festivalDays, toCalendarConfig } from './holiday-schedule';

// [year, festival, days off in a row, 调休 workdays, statutory days]. The statutory days are
// those of the 全国年节及纪念日放假办法 (春节 and 劳动节 gained a day from 2025); every weekday
// off beyond them must be paid back by a worked weekend day, which the last test checks.
const OFFICIAL: [number, string, number, string[], number][] = [
  [2024, '元旦', 1, [], 1],
  [2024, '春节', 8, ['2024-02-04', '2024-02-18'], 3],
  [2024, '清明节', 3, ['2024-04-07'], 1],
  [2024, '劳动节', 5, ['2024-04-28', '2024-05-11'], 1],
  [2024, '端午节', 1, [], 1],
  [2024, '中秋节', 3, ['2024-09-14'], 1],
  [2024, '国庆节', 7, ['2024-09-29', '2024-10-12'], 3],
  [2025, '元旦', 1, [], 1],
  [2025, '春节', 8, ['2025-01-26', '2025-02-08'], 4],
  [2025, '清明节', 3, [], 1],
  [2025, '劳动节', 5, ['2025-04-27'], 2],
  [2025, '端午节', 3, [], 1],
  [2025, '国庆节、中秋节', 8, ['2025-09-28', '2025-10-11'], 4],
  [2026, '元旦', 3, ['2026-01-04'], 1],
  [2026, '春节', 9, ['2026-02-14', '2026-02-28'], 4],
  [2026, '清明节', 3, [], 1],
  [2026, '劳动节', 5, ['2026-05-09'], 2],
  [2026, '端午节', 3, [], 1],
  [2026, '中秋节', 3, [], 1],
  [2026, '国庆节', 7, ['2026-09-20', '2026-10-10'], 3],
];

const find = (year: number, name: string) => {
  const festival = CN_HOLIDAY_SCHEDULES.find((s) => s.year === year)?.festivals.find((f) => f.name === name);
  if (!festival) throw new Error(`missing ${year} ${name}`);
  return festival;
};
const weekday = (day: string): number => chinaWeekday(parseIsoDay(day)!);
const isWeekend = (day: string): boolean => [0, 6].includes(weekday(day));

describe('CN_HOLIDAY_SCHEDULES', () => {
  it('covers 2024, 2025 and 2026 and nothing unchecked', () => {
    expect(CN_HOLIDAY_SCHEDULES.map((s) => s.year)).toEqual([2024, 2025, 2026]);
    expect(CN_HOLIDAY_SCHEDULES.flatMap((s) => s.festivals.map((f) => `${s.year} ${f.name}`))).toEqual(OFFICIAL.map(([y, n]) => `${y} ${n}`));
  });

  it.each(OFFICIAL)('%s %s: %s days off, 调休 %j', (year, name, length, workdays, statutory) => {
    const festival = find(year, name);
    const days = festivalDays(festival);
    expect(days).toHaveLength(length);
    expect(days.every((day) => day.startsWith(String(year)))).toBe(true);
    expect(festival.workdays).toEqual(workdays);
    expect(festival.workdays.every(isWeekend)).toBe(true);
    // Weekdays off = statutory days + the weekend days worked to pay for the bridge days.
    expect(days.filter((day) => !isWeekend(day)).length).toBe(statutory + workdays.length);
  });

  it('flattens into the calendar config with the known anchor days', () => {
    expect(CN_WORKING_DAY_CONFIG.holidays).toEqual(expect.arrayContaining(['2025-01-28', '2025-02-04', '2025-10-08', '2026-02-15', '2026-02-23']));
    expect(CN_WORKING_DAY_CONFIG.holidays).toHaveLength(OFFICIAL.reduce((sum, [, , length]) => sum + length, 0));
    expect(CN_WORKING_DAY_CONFIG.workdays).toEqual(OFFICIAL.flatMap(([, , , workdays]) => workdays));
  });
});

describe('festivalDays', () => {
  it('expands an inclusive range across a month end', () => {
    expect(festivalDays({ name: 't', nameEn: 't', from: '2025-01-30', to: '2025-02-02', workdays: [] })).toEqual(['2025-01-30', '2025-01-31', '2025-02-01', '2025-02-02']);
  });

  it.each([
    ['2025-02-02', '2025-01-30'],
    ['2025-02-30', '2025-03-01'],
  ])('refuses the range %s..%s', (from, to) => {
    expect(() => festivalDays({ name: 'bad', nameEn: 'bad', from, to, workdays: [] })).toThrow(RangeError);
  });

  it('flattens an empty list', () => {
    expect(toCalendarConfig([])).toEqual({ holidays: [], workdays: [] });
  });
});
