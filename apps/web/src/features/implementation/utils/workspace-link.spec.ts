import { workspaceLink } from './workspace-link';

describe('workspaceLink', () => {
  it('opens a request on the staff handling page', () => {
    expect(workspaceLink({ kind: 'request', id: 'r1', link: '/requests/r1' })).toBe('/inbox/r1');
  });

  it('opens a milestone on its project', () => {
    expect(workspaceLink({ kind: 'milestone', id: 'm1', link: '/projects/p1' })).toBe('/projects/p1');
  });
});
