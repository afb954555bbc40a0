import { bulkOutcome } from './bulk-outcome';

describe('bulkOutcome', () => {
  it.each([
    [{ id: 'a', ok: true as const, status: 'accepted' as const, version: 2 }, 'ok'],
    [{ id: 'a', ok: false as const, code: 'STALE_VERSION', message: '' }, 'stale'],
    [{ id: 'a', ok: false as const, code: 'INVALID_TRANSITION', message: '' }, 'notAllowed'],
    [{ id: 'a', ok: false as const, code: 'NOT_FOUND', message: '' }, 'notFound'],
    [{ id: 'a', ok: false as const, code: 'VALIDATION_FAILED', message: '' }, 'failed'],
  ])('%j → %s', (result, outcome) => {
    expect(bulkOutcome(result)).toBe(outcome);
  });
});
