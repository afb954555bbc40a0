import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 评估问效: every answer a requester gives (feedback, or a cadre's 回访 with its channel), one row per round of 重办;
 * the 不合理诉求 exclusion (left out of the figures, with who and why); and the indexes the dashboard's counts use.
 */
export class Evaluation1764301200000 implements MigrationInterface {
  name = 'Evaluation1764301200000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE request_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES request(id) ON DELETE CASCADE,
        source text NOT NULL CHECK (source IN ('feedback', 'return_visit')),
        resolved text NOT NULL CHECK (resolved IN ('resolved', 'partly', 'unresolved')),
        satisfaction text NOT NULL CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
        comment text,
        channel text,
        round integer NOT NULL,
        answered_at timestamptz NOT NULL DEFAULT now(),
        recorded_by uuid REFERENCES app_user(id),
        CHECK ((source = 'return_visit') = (channel IS NOT NULL))
      )`);
    // The figures read each request's latest answer.
    await runner.query(`CREATE INDEX request_answer_latest ON request_answer (request_id, answered_at DESC, id DESC)`);

    await runner.query(`
      ALTER TABLE request
        ADD COLUMN excluded_at timestamptz,
        ADD COLUMN excluded_by uuid REFERENCES app_user(id),
        ADD COLUMN excluded_reason text,
        ADD CONSTRAINT request_exclusion CHECK ((excluded_at IS NULL) = (excluded_reason IS NULL))`);
    // The dashboard's period scan: (unit, submission time), only the rows the figures count.
    await runner.query(`
      CREATE INDEX request_figures ON request (handling_unit_id, submitted_at)
        INCLUDE (status, category_id, responded_at, response_due_at, accepted_at, resolution_due_at, resolved_at, reopen_count)
        WHERE status <> 'withdrawn' AND excluded_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX request_figures`);
    await runner.query(`ALTER TABLE request DROP CONSTRAINT request_exclusion, DROP COLUMN excluded_reason, DROP COLUMN excluded_by, DROP COLUMN excluded_at`);
    await runner.query(`DROP TABLE request_answer`);
  }
}
