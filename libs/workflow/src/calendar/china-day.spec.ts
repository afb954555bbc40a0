import { chinaDayNumber, chinaDayStart, chinaWeekday, formatIsoDay, parseIsoDay } from './china-day';

describe('china-day', () => {
  it('starts the China day at 16:00 UTC of the day before', () => {
    const day = parseIsoDay('2025-03-08')!;
    expect(new Date(chinaDayStart(day)).toISOString()).toBe('2025-03-07T16:00:00.000Z');
    expect(chinaDayNumber(Date.parse('2025-03-07T16:00:00Z'))).toBe(day);
    expect(chinaDayNumber(Date.parse('2025-03-07T15:59:59.999Z'))).toBe(day - 1);
  });

  it('knows the weekday, before and after 1970', () => {
    expect(chinaWeekday(parseIsoDay('2025-03-08')!)).toBe(6);
    expect(chinaWeekday(parseIsoDay('2025-03-09')!)).toBe(0);
    expect(chinaWeekday(parseIsoDay('1969-12-31')!)).toBe(3);
  });

  it.each(['2024-02-29', '2025-12-31', '1970-01-01'])('round-trips %s', (text) => {
    expect(formatIsoDay(parseIsoDay(text)!)).toBe(text);
  });

  it.each(['2025-02-29', '2025-04-31', '2025-00-10', '25-03-08', '2025-03-08T00:00', ''])('refuses %p', (text) => {
    expect(parseIsoDay(text)).toBeNull();
  });
});
