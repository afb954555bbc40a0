import type { DataSource, EntityManager } from 'typeorm';
import { runTransaction } from './run-transaction';

function pgError(code: string): Error {
  return Object.assign(new Error(`pg ${code}`), { code, severity: 'ERROR' });
}

/** A data source whose transactions fail with `failures`, in order, then run the work. */
function dataSource(failures: Error[]): Pick<DataSource, 'transaction'> & { tries: number } {
  const source = {
    tries: 0,
    transaction: (async (work: (manager: EntityManager) => Promise<unknown>) => {
      const failure = failures[source.tries++];
      if (failure) throw failure;
      return work({} as EntityManager);
    }) as DataSource['transaction'],
  };
  return source;
}

describe('runTransaction', () => {
  it('runs the work once when it succeeds', async () => {
    const source = dataSource([]);
    await expect(runTransaction(source, async () => 'done')).resolves.toBe('done');
    expect(source.tries).toBe(1);
  });

  it.each(['40001', '40P01'])('runs it again once after %s', async (code) => {
    const source = dataSource([pgError(code)]);
    await expect(runTransaction(source, async () => 'done')).resolves.toBe('done');
    expect(source.tries).toBe(2);
  });

  it('gives up after the second conflict, with the database error (the filter answers 409)', async () => {
    const source = dataSource([pgError('40P01'), pgError('40001')]);
    await expect(runTransaction(source, async () => 'done')).rejects.toMatchObject({ code: '40001' });
    expect(source.tries).toBe(2);
  });

  it('never repeats work that failed for another reason', async () => {
    const source = dataSource([pgError('23505')]);
    await expect(runTransaction(source, async () => 'done')).rejects.toMatchObject({ code: '23505' });
    expect(source.tries).toBe(1);
  });
});
