import PgBoss from 'pg-boss';
import { reportUnawaitedCompletions } from './pg-boss-unawaited-completions';

describe('reportUnawaitedCompletions (timgit/pg-boss#577)', () => {
  const lost = { executeSql: () => Promise.reject(new Error('Connection terminated unexpectedly')) };

  beforeAll(() => reportUnawaitedCompletions());

  it('keeps boss.complete and boss.fail published', () => {
    const boss = new PgBoss({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    expect(typeof boss.complete).toBe('function');
    expect(typeof boss.fail).toBe('function');
  });

  it.each(['complete', 'fail'] as const)('turns an unawaited %s that rejects into an error event, and still rejects for callers who await', async (method) => {
    const boss = new PgBoss({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    const errors: Error[] = [];
    boss.on('error', (error) => errors.push(error));
    const settled = boss[method]('some-queue', '00000000-0000-4000-8000-000000000000', {}, { db: lost });
    await expect(settled).rejects.toThrow('Connection terminated unexpectedly');
    expect(errors.map((error) => error.message)).toEqual(['Connection terminated unexpectedly']);
  });

  it('patches once', () => {
    reportUnawaitedCompletions();
    reportUnawaitedCompletions();
    const boss = new PgBoss({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    const errors: Error[] = [];
    boss.on('error', (error) => errors.push(error));
    return boss
      .complete('some-queue', '00000000-0000-4000-8000-000000000000', {}, { db: lost })
      .catch(() => undefined)
      .then(() => expect(errors).toHaveLength(1));
  });
});
