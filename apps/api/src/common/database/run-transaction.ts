// Every transaction of the API starts here: a serialization failure or a deadlock (PostgreSQL gave up on one of two
// transactions that crossed) is run again once, from the start; a second one is answered 409 by the error filter
// (database-error.ts). The work must be safe to repeat, which a transaction's work is: the failed try was rolled back.
import type { DataSource, EntityManager } from 'typeorm';
import { isRetryableConflict } from '../errors/database-error';

export async function runTransaction<T>(dataSource: Pick<DataSource, 'transaction'>, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await dataSource.transaction(work);
  } catch (error) {
    if (!isRetryableConflict(error)) throw error;
    return dataSource.transaction(work);
  }
}
