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
  it('shows a visitor the home page and tracking', () => {
    expect(visible(null)).toEqual(['home', 'track']);
  });

  it('shows a worker submission, their requests, tracking and account', () => {
    expect(visible(user('worker'))).toEqual(['home', 'request-new', 'requests-mine', 'track', 'account']);
  });

  it.each(['cadre', 'leader'] as const)('shows a %s the units but no administration', (role) => {
    expect(visible(user(role))).toEqual(['home', 'track', 'account', 'units']);
  });

  it("shows an admin everything but a worker's own pages", () => {
    expect(visible(user('admin'))).toEqual(NAV_ITEMS.map((item) => item.key).filter((key) => !['request-new', 'requests-mine'].includes(key)));
  });

  it('adds up the roles of a person holding several', () => {
    expect(visible(user('worker', 'cadre'))).toContain('units');
  });
});
