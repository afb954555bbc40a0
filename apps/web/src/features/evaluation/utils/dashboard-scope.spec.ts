import dayjs from 'dayjs';
import { monthOf, monthScope, scopeFromSearch, searchFromScope } from './dashboard-scope';

const TODAY = dayjs('2026-11-28');

describe('dashboard scope', () => {
  it('defaults to this month up to today', () => {
    expect(scopeFromSearch(new URLSearchParams(), TODAY)).toEqual({ from: '2026-11-01', to: '2026-11-28' });
  });

  it('reads a range and a unit', () => {
    expect(scopeFromSearch(new URLSearchParams('from=2026-06-01&to=2026-11-28&unitId=u1'), TODAY)).toEqual({ from: '2026-06-01', to: '2026-11-28', unitId: 'u1' });
  });

  it('ignores a malformed or reversed range', () => {
    expect(scopeFromSearch(new URLSearchParams('from=2026-12-01&to=2026-11-01'), TODAY)).toEqual({ from: '2026-11-01', to: '2026-11-28' });
    expect(scopeFromSearch(new URLSearchParams('from=yesterday&to=2026-11-01'), TODAY)).toEqual({ from: '2026-11-01', to: '2026-11-28' });
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
