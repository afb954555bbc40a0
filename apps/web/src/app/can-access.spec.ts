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
  it('shows a visitor the home page, tracking, 公示 and the guide', () => {
    expect(visible(null)).toEqual(['home', 'track', 'public-projects', 'guide']);
  });

  it('shows a worker submission, their requests, tracking, 公示 and account', () => {
    expect(visible(user('worker'))).toEqual(['home', 'request-new', 'requests-mine', 'track', 'public-projects', 'guide', 'account']);
  });

  it('shows a cadre their workspace first, the inbox, 代为登记, projects, their dashboard and units but no approval or administration', () => {
    expect(visible(user('cadre'))).toEqual(['workspace', 'home', 'inbox', 'in-person', 'projects', 'dashboard', 'track', 'public-projects', 'guide', 'account', 'units']);
  });

  it('shows a leader the inbox, projects, project approval and the dashboard', () => {
    expect(visible(user('leader'))).toEqual(['home', 'inbox', 'projects', 'projects-approval', 'dashboard', 'federation', 'track', 'public-projects', 'guide', 'account', 'units']);
  });

  it("shows an admin the public pages and administration, but no worker's, triage or approval pages", () => {
    expect(visible(user('admin'))).toEqual(
      NAV_ITEMS.map((item) => item.key).filter(
        (key) => !['workspace', 'request-new', 'requests-mine', 'inbox', 'in-person', 'projects', 'projects-approval', 'dashboard'].includes(key),
      ),
    );
  });

  it('adds up the roles of a person holding several', () => {
    expect(visible(user('worker', 'cadre'))).toEqual(expect.arrayContaining(['units', 'requests-mine', 'inbox']));
  });
});
