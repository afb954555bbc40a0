import { auditFilterFromSearch, auditFilterQuery, isFiltered } from './audit-filter';

describe('audit filter in the address', () => {
  it('reads person, actions, object and days', () => {
    const filter = auditFilterFromSearch(
      new URLSearchParams('actorId=0b7c3c1e-2f0e-4c55-9a53-6a3f4b6c7d8e&action=auth.login,category.update&entityType=category&object=欠薪&from=2026-11-01&to=2026-11-30'),
    );
    expect(filter).toEqual({
      actorId: '0b7c3c1e-2f0e-4c55-9a53-6a3f4b6c7d8e',
      actions: ['auth.login', 'category.update'],
      entityType: 'category',
      object: '欠薪',
      from: '2026-11-01',
      to: '2026-11-30',
    });
    expect(auditFilterQuery(filter)).toEqual({
      actorId: '0b7c3c1e-2f0e-4c55-9a53-6a3f4b6c7d8e',
      action: 'auth.login,category.update',
      entityType: 'category',
      object: '欠薪',
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });

  it('leaves out what the API would refuse: unknown actions and kinds, malformed or reversed days, a person who is not an id', () => {
    expect(auditFilterFromSearch(new URLSearchParams('action=auth.login,auth.nonsense&entityType=planet&from=2026-13&actorId=bob'))).toEqual({ actions: ['auth.login'] });
    expect(auditFilterFromSearch(new URLSearchParams('from=2026-11-30&to=2026-11-01'))).toEqual({ actions: [] });
  });

  it('knows when nothing is filtered', () => {
    expect(isFiltered(auditFilterFromSearch(new URLSearchParams('')))).toBe(false);
    expect(isFiltered({ actions: [], object: '张' })).toBe(true);
  });
});
