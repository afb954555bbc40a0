import { queryView } from './query-view';

const pending = { data: undefined, isPending: true, isError: false };

describe('queryView', () => {
  it('is loading until the first answer', () => {
    expect(queryView(pending)).toBe('loading');
  });

  it('is an error when the first fetch failed', () => {
    expect(queryView({ data: undefined, isPending: false, isError: true })).toBe('error');
  });

  it('keeps the data on screen when a later refetch fails', () => {
    expect(queryView({ data: [1], isPending: false, isError: true })).toBe('ready');
  });

  it.each([
    ['a list', [], [1]],
    ['a page', { items: [], total: 0 }, { items: [1], total: 1 }],
    ['pages of an infinite list', { pages: [{ items: [] }], pageParams: [1] }, { pages: [{ items: [] }, { items: [1] }], pageParams: [1, 2] }],
  ])('tells empty from full for %s', (_shape, empty, full) => {
    expect(queryView({ data: empty, isPending: false, isError: false })).toBe('empty');
    expect(queryView({ data: full, isPending: false, isError: false })).toBe('ready');
  });

  it('takes a record as ready unless told what empty means', () => {
    const record = { id: 'r1', timeline: [] };
    expect(queryView({ data: record, isPending: false, isError: false })).toBe('ready');
    expect(queryView({ data: record, isPending: false, isError: false }, (data) => data.timeline.length === 0)).toBe('empty');
  });
});
