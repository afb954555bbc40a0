import { formatIsoDay, parseIsoDay } from '../calendar/china-day';
import { defaultFigurePeriod, isWholeMonths, previousFigurePeriod, type FigurePeriod } from './figure-period';

const day = (text: string) => parseIsoDay(text) as number;
const period = (from: string, to: string): FigurePeriod => ({ from: day(from), to: day(to) });
const text = (p: FigurePeriod) => [formatIsoDay(p.from), formatIsoDay(p.to)];

describe('defaultFigurePeriod: the last full calendar month', () => {
  it.each([
    ['2026-12-01', '2026-11-01', '2026-11-30'],
    ['2026-12-31', '2026-11-01', '2026-11-30'],
    ['2026-01-01', '2025-12-01', '2025-12-31'],
    ['2024-03-01', '2024-02-01', '2024-02-29'],
    ['2025-03-15', '2025-02-01', '2025-02-28'],
  ])('on %s it is %s to %s', (today, from, to) => {
    expect(text(defaultFigurePeriod(day(today)))).toEqual([from, to]);
  });
});

describe('previousFigurePeriod', () => {
  it.each([
    ['a month: the month before', '2025-03-01', '2025-03-31', '2025-02-01', '2025-02-28'],
    ['January: December', '2026-01-01', '2026-01-31', '2025-12-01', '2025-12-31'],
    ['a quarter: the quarter before', '2025-04-01', '2025-06-30', '2025-01-01', '2025-03-31'],
    ['a year across February', '2024-03-01', '2025-02-28', '2023-03-01', '2024-02-29'],
    ['30 days: the 30 days before', '2025-03-02', '2025-03-31', '2025-01-31', '2025-03-01'],
    ['the 1st alone: the 1st of the month before', '2025-03-01', '2025-03-01', '2025-02-01', '2025-02-01'],
    ['a month so far: the same days of the month before', '2025-03-01', '2025-03-10', '2025-02-01', '2025-02-10'],
    ['a month so far past the end of the month before', '2025-03-01', '2025-03-30', '2025-02-01', '2025-02-28'],
    ['a day in the middle: the day before', '2025-03-15', '2025-03-15', '2025-03-14', '2025-03-14'],
  ])('%s', (_name, from, to, previousFrom, previousTo) => {
    expect(text(previousFigurePeriod(period(from, to)))).toEqual([previousFrom, previousTo]);
  });

  it('whole months are the 1st to a month end', () => {
    expect(isWholeMonths(period('2025-02-01', '2025-02-28'))).toBe(true);
    expect(isWholeMonths(period('2025-02-01', '2025-02-27'))).toBe(false);
    expect(isWholeMonths(period('2025-02-02', '2025-03-31'))).toBe(false);
  });

  it('always comes before, never overlaps, and is never longer (property over many periods)', () => {
    for (let from = day('2023-01-01'); from < day('2025-12-31'); from += 17) {
      for (const length of [1, 7, 28, 30, 31, 59, 90, 365]) {
        const current = { from, to: from + length - 1 };
        const previous = previousFigurePeriod(current);
        expect(previous.to).toBeLessThan(current.from);
        expect(previous.from).toBeLessThanOrEqual(previous.to);
        // a month is at most 3 days shorter than the one after it, a run of months likewise
        expect(previous.to - previous.from).toBeLessThanOrEqual(current.to - current.from + 3);
      }
    }
  });
});
