import { NO_VALUE, formatDate, formatDateTime, formatDateTimeSeconds, formatDateWithWeekday, formatNumber, formatPercent, formatRelative, formatShortDateTime } from './format';

// 06:30 UTC is 14:30 in Beijing; 20:00 UTC is already the next day there.
const AT = '2026-11-28T06:30:05Z';
const LATE_EVENING_UTC = '2026-11-28T20:00:00Z';

describe('format', () => {
  it.each([
    ['zh-CN', '2026年11月28日', '2026年11月28日 14:30', '2026年11月28日 14:30:05', '11/28 14:30', '2026年10月1日周四'],
    ['en', 'Nov 28, 2026', 'Nov 28, 2026, 14:30', 'Nov 28, 2026, 14:30:05', '11/28, 14:30', 'Thu, Oct 1, 2026'],
  ])('writes dates and times in %s', (language, date, dateTime, seconds, short, weekday) => {
    expect(formatDate(AT, language)).toBe(date);
    expect(formatDateTime(AT, language)).toBe(dateTime);
    expect(formatDateTimeSeconds(AT, language)).toBe(seconds);
    expect(formatShortDateTime(AT, language)).toBe(short);
    expect(formatDateWithWeekday('2026-10-01', language)).toBe(weekday);
  });

  it('reads the clock in China, whatever the browser says', () => {
    expect(formatDate(LATE_EVENING_UTC, 'zh-CN')).toBe('2026年11月29日');
    expect(formatDate(LATE_EVENING_UTC, 'en')).toBe('Nov 29, 2026');
  });

  it.each([
    ['zh-CN', '12,345.68', '87.3%', '100.0%'],
    ['en', '12,345.68', '87.3%', '100.0%'],
  ])('writes numbers and percentages in %s', (language, number, percent, whole) => {
    expect(formatNumber(12345.678, language)).toBe(number);
    expect(formatNumber(3, language)).toBe('3');
    expect(formatPercent(0.8734, language)).toBe(percent);
    expect(formatPercent(1, language)).toBe(whole);
  });

  it.each([
    ['zh-CN', '3天后', '5天前', '3小时后', '20分钟前', '2个月后'],
    ['en', 'in 3 days', '5 days ago', 'in 3 hours', '20 minutes ago', 'in 2 months'],
  ])('says how far off a time is in %s', (language, days, daysAgo, hours, minutesAgo, months) => {
    expect(formatRelative('2026-12-01T06:30:05Z', language, AT)).toBe(days);
    expect(formatRelative('2026-11-23T06:30:05Z', language, AT)).toBe(daysAgo);
    expect(formatRelative('2026-11-28T09:30:05Z', language, AT)).toBe(hours);
    expect(formatRelative('2026-11-28T06:10:05Z', language, AT)).toBe(minutesAgo);
    expect(formatRelative('2027-01-27T06:30:05Z', language, AT)).toBe(months);
  });

  it('shows a dash for a missing value', () => {
    expect([formatDate(null, 'en'), formatDateTime(undefined, 'zh-CN'), formatNumber(null, 'en'), formatPercent(null, 'zh-CN')]).toEqual([NO_VALUE, NO_VALUE, NO_VALUE, NO_VALUE]);
  });
});
