// Optimistic locking in one place: update a row only if nobody changed it since the client read `version`.
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../errors/domain-error';

export async function updateVersioned<T extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  values: QueryDeepPartialEntity<T>,
  what = 'this record',
): Promise<void> {
  const result = await manager
    .createQueryBuilder()
    .update(entity)
    .set({ ...values, version: () => 'version + 1' } as QueryDeepPartialEntity<T>)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (!result.affected) {
    throw new DomainError('STALE_VERSION', `Someone else changed ${what} since you opened it: reload and try again`);
  }
}
