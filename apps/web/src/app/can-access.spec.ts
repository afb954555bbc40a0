import type { CurrentUser } from '@banshishi/contracts';
import { canAccess } from './can-access';
import { NAV_ITEMS } from './navigation';

const user = (...roles: CurrentUser['roles'][number]['role'][]): CurrentUser => ({
  id: 'u',
  username: 'u',
  displayName: 'U',
  roles: roles.map((role) => ({ role, unitId: 'x', unitName: 'X' })),
});

const visible = (who: CurrentUser | null) => NAV_ITEMS.filter((item) => canAccess(who, item.access)).map((item) => item.key);

describe('navigation by role', () => {
  it('shows only the home page to a visitor', () => {
    expect(visible(null)).toEqual(['home']);
  });

  it('shows a worker home and account only', () => {
    expect(visible(user('worker'))).toEqual(['home', 'account']);
  });

  it.each(['cadre', 'leader'] as const)('shows a %s the units but no administration', (role) => {
    expect(visible(user(role))).toEqual(['home', 'account', 'units']);
  });

  it('shows an admin everything', () => {
    expect(visible(user('admin'))).toEqual(NAV_ITEMS.map((item) => item.key));
  });

  it('adds up the roles of a person holding several', () => {
    expect(visible(user('worker', 'cadre'))).toContain('units');
  });
});
