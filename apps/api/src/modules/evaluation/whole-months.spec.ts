import { monthBounds, wholeMonths } from './whole-months';

describe('wholeMonths', () => {
  it('finds the whole calendar months of a period (China days) and an empty range when there are none', () => {
    const period = (from: string, to: string) => wholeMonths({ from: new Date(`${from}T00:00:00+08:00`), to: new Date(`${to}T00:00:00+08:00`) });
    expect(period('2025-03-01', '2025-05-01')).toEqual({ wholeFrom: '2025-03-01', wholeTo: '2025-05-01' });
    expect(period('2025-03-10', '2025-05-01')).toEqual({ wholeFrom: '2025-04-01', wholeTo: '2025-05-01' });
    expect(period('2025-12-02', '2026-02-15')).toEqual({ wholeFrom: '2026-01-01', wholeTo: '2026-02-01' });
    // none whole: an empty range at the first day
    expect(period('2025-03-10', '2025-04-11')).toEqual({ wholeFrom: '2025-03-10', wholeTo: '2025-03-10' });
  });

  it('bounds a China month by the instants it begins and the next one does, across a year end', () => {
    expect(monthBounds('2025-12')).toEqual({ start: new Date('2025-11-30T16:00:00Z'), end: new Date('2025-12-31T16:00:00Z') });
    expect(monthBounds('2026-02-15').end).toEqual(new Date('2026-02-28T16:00:00Z'));
  });
});
