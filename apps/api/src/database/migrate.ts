// Runs pending migrations, then the seeds, under a PostgreSQL advisory lock, so several API replicas starting
// at once migrate and seed exactly once.
import type { DataSource, EntityManager } from 'typeorm';

const MIGRATION_LOCK = 72_021_927; // any constant shared by every replica

export async function migrate(dataSource: DataSource, afterMigrations?: (manager: EntityManager) => Promise<void>): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    if (afterMigrations) await dataSource.transaction(afterMigrations);
    return applied.map((m) => m.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    await runner.release();
  }
}
