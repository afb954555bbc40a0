import { answerOutcome } from './answer-outcome';

describe('answerOutcome', () => {
  it.each([
    [{ resolved: 'resolved', satisfaction: 'satisfied' }, 'closed', 'closed'],
    [{ resolved: 'partly', satisfaction: 'basically_satisfied' }, 'closed', 'closed'],
    [{ resolved: 'resolved', satisfaction: 'dissatisfied' }, 'in_progress', 'reopened'],
    [{ resolved: 'unresolved', satisfaction: 'satisfied' }, 'in_progress', 'reopened'],
    [{ resolved: 'unresolved', satisfaction: 'dissatisfied' }, 'closed', 'escalated'],
    // a merged request's own answer: recorded, never 重办 or 督办
    [{ resolved: 'resolved', satisfaction: 'satisfied' }, 'merged', 'recorded'],
    [{ resolved: 'unresolved', satisfaction: 'dissatisfied' }, 'merged', 'recorded'],
  ] as const)('%o → %s is %s', (answer, status, outcome) => {
    expect(answerOutcome(answer, status)).toBe(outcome);
  });
});
