import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The spine: org tree, accounts and roles, sessions, login throttling, categories with their clocks,
 * the working-day calendar, the audit log, and the request with its timeline.
 */
export class Spine1764300100000 implements MigrationInterface {
  name = 'Spine1764300100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE org_unit (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        parent_id uuid REFERENCES org_unit(id) ON DELETE RESTRICT,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        kind text NOT NULL CHECK (kind IN ('district', 'town', 'grassroots')),
        -- '/<root id>/…/<own id>/': a subtree is every path with this prefix
        path text NOT NULL UNIQUE,
        entry_token text NOT NULL UNIQUE,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (parent_id, name)
      )`);
    await runner.query(`CREATE INDEX org_unit_path_prefix ON org_unit (path text_pattern_ops)`);

    await runner.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        username text NOT NULL CHECK (username ~ '^[a-z0-9_.-]{2,40}$'),
        display_name text NOT NULL CHECK (length(display_name) BETWEEN 1 AND 60),
        password_hash text NOT NULL,
        disabled boolean NOT NULL DEFAULT false,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE UNIQUE INDEX app_user_username ON app_user (username)`);

    await runner.query(`
      CREATE TABLE role_grant (
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        unit_id uuid NOT NULL REFERENCES org_unit(id) ON DELETE RESTRICT,
        role text NOT NULL CHECK (role IN ('worker', 'cadre', 'leader', 'admin')),
        PRIMARY KEY (user_id, unit_id, role)
      )`);
    await runner.query(`CREATE INDEX role_grant_unit ON role_grant (unit_id)`);

    await runner.query(`
      CREATE TABLE auth_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz
      )`);
    await runner.query(`CREATE INDEX auth_session_user ON auth_session (user_id) WHERE revoked_at IS NULL`);

    // Failed-login counters, per account ('user:<id>') and per client ('ip:<keyed hash>'; no raw IP is stored).
    await runner.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);

    await runner.query(`
      CREATE TABLE category (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE CHECK (code ~ '^[a-z0-9_]{2,40}$'),
        name_zh text NOT NULL CHECK (length(name_zh) BETWEEN 1 AND 40),
        name_en text NOT NULL CHECK (length(name_en) BETWEEN 1 AND 80),
        response_days integer NOT NULL CHECK (response_days BETWEEN 1 AND 30),
        resolution_days integer NOT NULL CHECK (resolution_days BETWEEN 1 AND 120),
        grace_days integer NOT NULL CHECK (grace_days BETWEEN 0 AND 30),
        urgent boolean NOT NULL DEFAULT false,
        active boolean NOT NULL DEFAULT true,
        sort_order integer NOT NULL DEFAULT 0,
        version integer NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);

    await runner.query(`
      CREATE TABLE calendar_day (
        day date PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 40)
      )`);

    await runner.query(`
      CREATE TABLE audit_log (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user(id) ON DELETE SET NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text,
        before jsonb,
        after jsonb
      )`);
    await runner.query(`CREATE INDEX audit_log_action ON audit_log (action, id)`);
    // Append-only: the application role may insert and read, never change history.
    await runner.query(`
      CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await runner.query(`
      CREATE TRIGGER audit_log_no_update BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()`);

    await runner.query(`
      CREATE TABLE request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        home_unit_id uuid NOT NULL REFERENCES org_unit(id),
        handling_unit_id uuid NOT NULL REFERENCES org_unit(id),
        category_id uuid NOT NULL REFERENCES category(id),
        requester_id uuid REFERENCES app_user(id),
        anonymous boolean NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        status text NOT NULL,
        reopen_count integer NOT NULL DEFAULT 0,
        handler_id uuid REFERENCES app_user(id),
        version integer NOT NULL DEFAULT 1,
        submitted_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CHECK (NOT anonymous OR requester_id IS NULL)
      )`);
    await runner.query(`CREATE INDEX request_handling_unit ON request (handling_unit_id, status)`);

    await runner.query(`
      CREATE TABLE request_event (
        id bigserial PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES request(id) ON DELETE CASCADE,
        action text NOT NULL,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user(id),
        payload jsonb NOT NULL DEFAULT '{}',
        public boolean NOT NULL DEFAULT true,
        at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`CREATE INDEX request_event_request ON request_event (request_id, id)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const table of ['request_event', 'request', 'audit_log', 'calendar_day', 'category', 'login_throttle', 'auth_session', 'role_grant', 'app_user', 'org_unit']) {
      await runner.query(`DROP TABLE ${table}`);
    }
    await runner.query(`DROP FUNCTION audit_log_append_only`);
  }
}
