import { hasRole, type Actor } from './actor';

describe('hasRole', () => {
  const both: Actor = { id: 'u', roles: ['cadre', 'leader'] };

  it('finds each role the actor holds', () => {
    expect(hasRole(both, 'cadre')).toBe(true);
    expect(hasRole(both, 'leader')).toBe(true);
  });

  it('gives an admin nothing beyond admin', () => {
    const admin: Actor = { id: 'a', roles: ['admin'] };
    expect(hasRole(admin, 'admin')).toBe(true);
    expect(hasRole(admin, 'cadre')).toBe(false);
    expect(hasRole(admin, 'leader')).toBe(false);
  });
});
