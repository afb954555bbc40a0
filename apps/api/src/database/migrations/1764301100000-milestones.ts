import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 精准实施: a project's milestones (due date, done with evidence), photos as evidence (the attachment table gains
 * `milestone_id`), and `internal` attachments (an internal progress note's photos the requester must not see).
 */
export class Milestones1764301100000 implements MigrationInterface {
  name = 'Milestones1764301100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE project_milestone (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
        due_date date NOT NULL,
        done_at timestamptz,
        evidence text,
        done_by uuid REFERENCES app_user(id),
        position integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (project_id, position),
        CHECK ((done_at IS NULL) = (evidence IS NULL) AND (done_at IS NULL) = (done_by IS NULL))
      )`);
    await runner.query(`CREATE INDEX project_milestone_open ON project_milestone (project_id, due_date) WHERE done_at IS NULL`);

    await runner.query(`
      ALTER TABLE attachment
        ADD COLUMN milestone_id uuid REFERENCES project_milestone(id) ON DELETE CASCADE,
        ADD COLUMN internal boolean NOT NULL DEFAULT false`);
    // Linked to one thing at most; unlinked uploads still name their uploader.
    await runner.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_check`);
    await runner.query(`
      ALTER TABLE attachment
        ADD CONSTRAINT attachment_owner CHECK (num_nonnulls(request_id, milestone_id) <= 1 AND (request_id IS NOT NULL OR milestone_id IS NOT NULL OR uploader_scope IS NOT NULL))`);
    await runner.query(`CREATE INDEX attachment_milestone ON attachment (milestone_id, created_at) WHERE milestone_id IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM attachment WHERE milestone_id IS NOT NULL`);
    await runner.query(`ALTER TABLE attachment DROP CONSTRAINT attachment_owner`);
    await runner.query(`ALTER TABLE attachment ADD CONSTRAINT attachment_check CHECK (request_id IS NOT NULL OR uploader_scope IS NOT NULL)`);
    await runner.query(`ALTER TABLE attachment DROP COLUMN milestone_id, DROP COLUMN internal`);
    await runner.query(`DROP TABLE project_milestone`);
  }
}
