import { projectProgress } from './project-progress';

describe('projectProgress', () => {
  it.each([
    ['approved', 0, 0, 0],
    ['implementing', 0, 2, 0],
    ['implementing', 1, 2, 50],
    ['implementing', 1, 3, 33],
    ['implementing', 2, 3, 66],
    ['implementing', 199, 200, 99],
    ['implementing', 2, 2, 100],
    ['completed', 0, 0, 100],
    ['evaluated', 0, 0, 100],
    // completed with milestones waived: what was done, not 100
    ['completed', 1, 4, 25],
    ['completed', 0, 2, 0],
    ['completed', 2, 2, 100],
    ['evaluated', 0, 3, 0],
    ['cancelled', 1, 2, 50],
  ] as const)('%s with %i of %i milestones done → %i', (status, done, all, expected) => {
    expect(projectProgress(status, done, all)).toBe(expected);
  });
});
