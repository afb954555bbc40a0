import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The clock that matters now for each request, kept by PostgreSQL itself: the response clock while it waits for
 * triage, the resolution clock while it is being handled, none otherwise. The inbox sorts on it and the overdue
 * filter reads it, both through indexes.
 */
export class Urgency1764300700000 implements MigrationInterface {
  name = 'Urgency1764300700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE request
        ADD COLUMN due_at timestamptz GENERATED ALWAYS AS (
          CASE WHEN status = 'submitted' THEN response_due_at
               WHEN status IN ('accepted', 'in_progress') THEN resolution_due_at END) STORED,
        ADD COLUMN warn_at timestamptz GENERATED ALWAYS AS (
          CASE WHEN status = 'submitted' THEN response_warn_at
               WHEN status IN ('accepted', 'in_progress') THEN resolution_warn_at END) STORED`);
    await runner.query(`CREATE INDEX request_urgency ON request ((COALESCE(due_at, 'infinity'::timestamptz)), id)`);
    await runner.query(`CREATE INDEX request_handling_unit_urgency ON request (handling_unit_id, (COALESCE(due_at, 'infinity'::timestamptz)), id)`);
    await runner.query(`CREATE INDEX request_overdue ON request (due_at) WHERE due_at IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX request_overdue`);
    await runner.query(`DROP INDEX request_handling_unit_urgency`);
    await runner.query(`DROP INDEX request_urgency`);
    await runner.query(`ALTER TABLE request DROP COLUMN warn_at, DROP COLUMN due_at`);
  }
}
