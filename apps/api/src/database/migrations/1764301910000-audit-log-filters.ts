import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log page filters by person, object and days, newest first (keyset on id): an index for each, so a log of
 * years of daily sign-ins is not read whole to show one person's or one category's history.
 */
export class AuditLogFilters1764301910000 implements MigrationInterface {
  name = 'AuditLogFilters1764301910000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX audit_log_actor ON audit_log (actor_id, id)`);
    await runner.query(`CREATE INDEX audit_log_entity ON audit_log (entity_type, entity_id, id)`);
    await runner.query(`CREATE INDEX audit_log_at ON audit_log (at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX audit_log_at`);
    await runner.query(`DROP INDEX audit_log_entity`);
    await runner.query(`DROP INDEX audit_log_actor`);
  }
}
