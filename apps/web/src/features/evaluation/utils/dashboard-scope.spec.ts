import dayjs from 'dayjs';
import { chinaToday, monthOf, monthScope, scopeFromSearch, searchFromScope } from './dashboard-scope';

const TODAY = dayjs('2026-11-28');
const FIRST_OF_DECEMBER = dayjs('2026-12-01');
const FIRST_OF_JANUARY = dayjs('2027-01-01');

describe('dashboard scope', () => {
  it('defaults to the last full month, also on the 1st of a month (not one morning of this month)', () => {
    expect(scopeFromSearch(new URLSearchParams(), FIRST_OF_DECEMBER)).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(scopeFromSearch(new URLSearchParams(), FIRST_OF_JANUARY)).toEqual({ from: '2026-12-01', to: '2026-12-31' });
    expect(scopeFromSearch(new URLSearchParams(), TODAY)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('takes today in China: 20:00 UTC on 30 November is already 1 December there', () => {
    expect(chinaToday(Date.parse('2026-11-30T20:00:00Z')).format('YYYY-MM-DD')).toBe('2026-12-01');
    expect(scopeFromSearch(new URLSearchParams(), chinaToday(Date.parse('2026-11-30T20:00:00Z')))).toEqual({ from: '2026-11-01', to: '2026-11-30' });
  });

  it('reads a range and a unit', () => {
    expect(scopeFromSearch(new URLSearchParams('from=2026-06-01&to=2026-11-28&unitId=u1'), TODAY)).toEqual({ from: '2026-06-01', to: '2026-11-28', unitId: 'u1' });
  });

  it('ignores a malformed or reversed range', () => {
    expect(scopeFromSearch(new URLSearchParams('from=2026-12-01&to=2026-11-01'), TODAY)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(scopeFromSearch(new URLSearchParams('from=yesterday&to=2026-11-01'), TODAY)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
  });

  it('takes a month: a past month whole, this month up to today', () => {
    expect(scopeFromSearch(new URLSearchParams('month=2026-02'), TODAY)).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(monthScope('2026-11', TODAY)).toEqual({ from: '2026-11-01', to: '2026-11-28' });
  });

  it('knows when a period is one month', () => {
    expect(monthOf({ from: '2026-10-01', to: '2026-10-31' }, TODAY)).toBe('2026-10');
    expect(monthOf({ from: '2026-06-01', to: '2026-11-28' }, TODAY)).toBeNull();
  });

  it('writes the scope back with extra parameters', () => {
    expect(searchFromScope({ from: '2026-11-01', to: '2026-11-28', unitId: 'u1' }, { figure: 'satisfactionRate', part: 'denominator' })).toBe(
      'from=2026-11-01&to=2026-11-28&unitId=u1&figure=satisfactionRate&part=denominator',
    );
  });
});
