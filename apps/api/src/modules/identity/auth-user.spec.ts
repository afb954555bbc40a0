import { hasAnyRole, rolesOver, scopePaths, type AuthUser } from './auth-user';

const user: AuthUser = {
  id: 'u',
  username: 'u',
  displayName: 'U',
  sessionId: 's',
  grants: [
    { role: 'cadre', unitId: 't1', unitName: 'Town 1', unitPath: '/d/t1/' },
    { role: 'worker', unitId: 'g1', unitName: 'Site 1', unitPath: '/d/t1/g1/' },
    { role: 'leader', unitId: 't2', unitName: 'Town 2', unitPath: '/d/t2/' },
  ],
};

describe('auth-user scope helpers', () => {
  it('gives the roles held at a unit or above it', () => {
    expect(rolesOver(user, '/d/t1/g1/').sort()).toEqual(['cadre', 'worker']);
    expect(rolesOver(user, '/d/t1/g2/')).toEqual(['cadre']);
    expect(rolesOver(user, '/d/t2/g3/')).toEqual(['leader']);
    expect(rolesOver(user, '/d/')).toEqual([]);
  });

  it('does not treat a sibling with a common prefix as inside', () => {
    expect(rolesOver(user, '/d/t10/')).toEqual([]);
  });

  it('lists the subtree roots for some roles, without nested duplicates', () => {
    expect(scopePaths(user).sort()).toEqual(['/d/t1/', '/d/t2/']);
    expect(scopePaths(user, ['worker'])).toEqual(['/d/t1/g1/']);
    expect(scopePaths(user, ['admin'])).toEqual([]);
  });

  it('checks for any of some roles', () => {
    expect(hasAnyRole(user, ['admin', 'leader'])).toBe(true);
    expect(hasAnyRole(user, ['admin'])).toBe(false);
  });
});
