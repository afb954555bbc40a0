import { chinaYear, formatRequestCode, REQUEST_CODE_PATTERN } from './request-code';

describe('request code', () => {
  it('pads the number to six digits', () => {
    expect(formatRequestCode(new Date('2026-05-01T03:00:00Z'), 123)).toBe('BS-2026-000123');
    expect(formatRequestCode(new Date('2026-05-01T03:00:00Z'), 1234567)).toBe('BS-2026-1234567');
  });

  it('takes the year in China time', () => {
    // 2026-12-31 17:00 UTC is already 2027-01-01 01:00 in Beijing.
    expect(chinaYear(new Date('2026-12-31T17:00:00Z'))).toBe(2027);
    expect(chinaYear(new Date('2026-12-31T15:59:59Z'))).toBe(2026);
  });

  it('matches its own pattern', () => {
    expect(REQUEST_CODE_PATTERN.test(formatRequestCode(new Date(), 1))).toBe(true);
    expect(REQUEST_CODE_PATTERN.test('BS-2026-12')).toBe(false);
  });
});
