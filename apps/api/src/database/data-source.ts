// TypeORM options shared by the Nest app, the migration runner and the tests. Schema changes are migrations only.
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    entities: [],
    extra: { max: 20, application_name: 'banshishi' },
  };
}
