// Every SQL statement of categories (through their entity): the list, and an admin's new or changed category.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updateVersioned } from '../../common/database/update-versioned';
import { CategoryEntity } from './category.entity';
import { runTransaction } from '../../common/database/run-transaction';

@Injectable()
export class CategoriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.dataSource, work);
  }

  list(includeInactive: boolean): Promise<CategoryEntity[]> {
    return this.dataSource.getRepository(CategoryEntity).find({
      where: includeInactive ? {} : { active: true },
      order: { sortOrder: 'ASC', code: 'ASC' },
    });
  }

  codeExists(code: string, manager: EntityManager = this.dataSource.manager): Promise<boolean> {
    return manager.existsBy(CategoryEntity, { code });
  }

  byId(id: string, manager: EntityManager = this.dataSource.manager): Promise<CategoryEntity | null> {
    return manager.findOneBy(CategoryEntity, { id });
  }

  /** The saved row, with its id, version and timestamps. */
  insert(values: Partial<CategoryEntity>, manager: EntityManager = this.dataSource.manager): Promise<CategoryEntity> {
    return manager.save(manager.create(CategoryEntity, values));
  }

  /** Compare-and-set on version (409 STALE_VERSION when someone changed it first); returns the row as it now is. */
  async update(id: string, version: number, changes: QueryDeepPartialEntity<CategoryEntity>, manager: EntityManager = this.dataSource.manager): Promise<CategoryEntity> {
    await updateVersioned(manager, CategoryEntity, id, version, changes, 'this category');
    return manager.findOneByOrFail(CategoryEntity, { id });
  }
}
