import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A cancelled project hands its requests back (unlink_project): the link is kept as history (unlinked_at), and a
 * request may join another project later — at most one current link per request.
 */
export class ProjectLinkHistory1764301500000 implements MigrationInterface {
  name = 'ProjectLinkHistory1764301500000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE project_request ADD COLUMN unlinked_at timestamptz`);
    await runner.query(`ALTER TABLE project_request DROP CONSTRAINT project_request_pkey`);
    await runner.query(`ALTER TABLE project_request ADD PRIMARY KEY (request_id, project_id)`);
    await runner.query(`CREATE UNIQUE INDEX project_request_current ON project_request (request_id) WHERE unlinked_at IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DELETE FROM project_request WHERE unlinked_at IS NOT NULL`);
    await runner.query(`DROP INDEX project_request_current`);
    await runner.query(`ALTER TABLE project_request DROP CONSTRAINT project_request_pkey`);
    await runner.query(`ALTER TABLE project_request ADD PRIMARY KEY (request_id)`);
    await runner.query(`ALTER TABLE project_request DROP COLUMN unlinked_at`);
  }
}
