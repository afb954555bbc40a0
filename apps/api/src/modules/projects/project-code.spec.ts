import { PROJECT_CODE_PATTERN, formatProjectCode } from './project-code';

describe('formatProjectCode', () => {
  it('pads the running number to four digits and matches the pattern', () => {
    const code = formatProjectCode(new Date('2026-03-01T02:00:00Z'), 7);
    expect(code).toBe('SS-2026-0007');
    expect(PROJECT_CODE_PATTERN.test(code)).toBe(true);
  });

  it('takes the year in China time', () => {
    expect(formatProjectCode(new Date('2026-12-31T17:00:00Z'), 12345)).toBe('SS-2027-12345');
  });
});
