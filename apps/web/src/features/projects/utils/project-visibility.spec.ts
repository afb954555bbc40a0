import { PROJECT_STATUSES, type ProjectStatus } from '@banshishi/workflow';
import { isProjectDone, isProjectPublic } from './project-visibility';

// Written by hand from DOMAIN.md: a refused or cancelled project is never public, whatever came before.
const EXPECTED: Record<ProjectStatus, { public: boolean; done: boolean }> = {
  draft: { public: false, done: false },
  pending_approval: { public: false, done: false },
  approved: { public: true, done: false },
  rejected: { public: false, done: false },
  implementing: { public: true, done: false },
  completed: { public: true, done: true },
  evaluated: { public: true, done: true },
  cancelled: { public: false, done: false },
};

describe('project visibility', () => {
  it('has an expectation for every status', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...PROJECT_STATUSES].sort());
  });

  it.each(PROJECT_STATUSES.map((status) => [status, EXPECTED[status]] as const))('%s → %o', (status, expected) => {
    expect({ public: isProjectPublic(status), done: isProjectDone(status) }).toEqual(expected);
  });

  it('says neither before the project is loaded', () => {
    expect(isProjectPublic(undefined)).toBe(false);
    expect(isProjectDone(undefined)).toBe(false);
  });
});
