import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 项目确定 (requests side): when the first response came, acceptance and the resolution clock, merges,
 * the "requester contacted" mark, and resolution.
 */
export class Triage1764300500000 implements MigrationInterface {
  name = 'Triage1764300500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE request
        ADD COLUMN responded_at timestamptz,
        ADD COLUMN accepted_at timestamptz,
        ADD COLUMN resolution_due_at timestamptz,
        ADD COLUMN resolution_warn_at timestamptz,
        ADD COLUMN contacted_at timestamptz,
        ADD COLUMN merged_into_id uuid REFERENCES request(id),
        ADD COLUMN resolved_at timestamptz,
        ADD COLUMN closed_at timestamptz`);
    await runner.query(`CREATE INDEX request_merged_into ON request (merged_into_id) WHERE merged_into_id IS NOT NULL`);
    await runner.query(`CREATE INDEX request_handler ON request (handler_id, status) WHERE handler_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX request_handler`);
    await runner.query(`DROP INDEX request_merged_into`);
    await runner.query(`
      ALTER TABLE request
        DROP COLUMN responded_at, DROP COLUMN accepted_at, DROP COLUMN resolution_due_at, DROP COLUMN resolution_warn_at,
        DROP COLUMN contacted_at, DROP COLUMN merged_into_id, DROP COLUMN resolved_at, DROP COLUMN closed_at`);
  }
}
