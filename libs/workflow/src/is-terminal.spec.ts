import { isTerminal } from './is-terminal';
import { projectWorkflow } from './project/project-transitions';
import { requestWorkflow } from './request/request-transitions';

describe('isTerminal', () => {
  it.each([
    ['closed', true],
    ['rejected', true],
    ['merged', true],
    ['withdrawn', true],
    ['resolved', false],
    ['submitted', false],
  ] as const)('request %s → %p', (status, terminal) => {
    expect(isTerminal(requestWorkflow, status)).toBe(terminal);
  });

  it.each([
    ['evaluated', true],
    ['cancelled', true],
    ['rejected', true],
    ['completed', false],
    ['draft', false],
  ] as const)('project %s → %p', (status, terminal) => {
    expect(isTerminal(projectWorkflow, status)).toBe(terminal);
  });
});
