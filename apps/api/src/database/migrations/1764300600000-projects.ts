import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 实事项目: the project with its approval, implementation and evaluation columns, its timeline, and the link
 * table that puts a request into (at most) one project.
 */
export class Projects1764300600000 implements MigrationInterface {
  name = 'Projects1764300600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE SEQUENCE project_code_seq`);
    await runner.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        title text NOT NULL CHECK (length(title) BETWEEN 4 AND 60),
        goal text NOT NULL,
        plan text NOT NULL,
        owner_unit_id uuid NOT NULL REFERENCES org_unit(id),
        owner_user_id uuid NOT NULL REFERENCES app_user(id),
        budget numeric(12, 2) CHECK (budget >= 0),
        deadline date NOT NULL,
        expected_beneficiaries integer NOT NULL CHECK (expected_beneficiaries >= 0),
        status text NOT NULL,
        version integer NOT NULL DEFAULT 1,
        created_by uuid NOT NULL REFERENCES app_user(id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        approved_at timestamptz,
        started_at timestamptz,
        completed_at timestamptz,
        report text,
        score numeric(5, 2) CHECK (score BETWEEN 0 AND 100),
        evaluation_comment text
      )`);
    await runner.query(`CREATE INDEX project_owner_unit ON project (owner_unit_id, status)`);
    await runner.query(`CREATE INDEX project_status ON project (status, created_at DESC)`);

    await runner.query(`
      CREATE TABLE project_event (
        id bigserial PRIMARY KEY,
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        payload jsonb NOT NULL DEFAULT '{}',
        public boolean NOT NULL DEFAULT true,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX project_event_project ON project_event (project_id, id)`);

    // A request belongs to one project at most: request_id is the key.
    await runner.query(`
      CREATE TABLE project_request (
        request_id uuid PRIMARY KEY REFERENCES request(id) ON DELETE CASCADE,
        project_id uuid NOT NULL REFERENCES project(id) ON DELETE CASCADE,
        linked_by uuid REFERENCES app_user(id),
        linked_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX project_request_project ON project_request (project_id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE project_request`);
    await runner.query(`DROP TABLE project_event`);
    await runner.query(`DROP TABLE project`);
    await runner.query(`DROP SEQUENCE project_code_seq`);
  }
}
