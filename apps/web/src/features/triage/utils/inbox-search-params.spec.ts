import { filtersFromSearch, searchFromFilters } from './inbox-search-params';

describe('inbox filters in the address', () => {
  it('reads known filters and drops what it does not know', () => {
    const params = new URLSearchParams('status=submitted&anonymous=false&overdue=true&q=%20饮水%20&bogus=1&categoryId=');
    expect(filtersFromSearch(params)).toEqual({ status: 'submitted', anonymous: false, overdue: true, q: '饮水' });
  });

  it('ignores an unknown status and a false overdue', () => {
    expect(filtersFromSearch(new URLSearchParams('status=nope&overdue=false'))).toEqual({});
  });

  it('round-trips', () => {
    const filters = { status: 'accepted' as const, unitId: 'u1', anonymous: true };
    expect(filtersFromSearch(searchFromFilters(filters))).toEqual(filters);
  });
});
