import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A milestone waived by the approver (a leader), with the reason: it settles the milestone for the project's completion
 * but never counts as done (progress % is done ÷ all). Done or waived, never both.
 */
export class MilestoneWaivers1764301800000 implements MigrationInterface {
  name = 'MilestoneWaivers1764301800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE project_milestone
        ADD COLUMN waived_at timestamptz,
        ADD COLUMN waived_by uuid REFERENCES app_user(id),
        ADD COLUMN waiver_reason text,
        ADD CONSTRAINT project_milestone_waiver CHECK (
          (waived_at IS NULL) = (waived_by IS NULL) AND (waived_at IS NULL) = (waiver_reason IS NULL) AND (waived_at IS NULL OR done_at IS NULL)
        )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_milestone DROP CONSTRAINT project_milestone_waiver, DROP COLUMN waived_at, DROP COLUMN waived_by, DROP COLUMN waiver_reason`);
  }
}
