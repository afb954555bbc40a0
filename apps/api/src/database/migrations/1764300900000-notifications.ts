import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 精准实施: the clocks' events (each fires once: the UNIQUE key is the guarantee, across instances and retries),
 * in-app notifications (e-mailed when an address and SMTP are configured), and users' e-mail addresses.
 */
export class Notifications1764300900000 implements MigrationInterface {
  name = 'Notifications1764300900000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE clock_event (
        id bigserial PRIMARY KEY,
        request_id uuid NOT NULL REFERENCES request(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('response_warning', 'response_overdue', 'response_escalation',
                                           'resolution_warning', 'resolution_overdue', 'resolution_escalation', 'answer_window_closed')),
        -- the due time of the clock it belongs to (the answer window's end for answer_window_closed): a moved due time
        -- (an approved extension) is a new key, so the new time can fire again
        due_at timestamptz NOT NULL,
        fired_at timestamptz NOT NULL,
        UNIQUE (request_id, kind, due_at)
      )`);
    // The sweep's passes: warnings by the running clock's warning point, answer windows by resolution time.
    await runner.query(`CREATE INDEX request_warn ON request (warn_at) WHERE warn_at IS NOT NULL`);
    await runner.query(`CREATE INDEX request_answer_window ON request (resolved_at) WHERE status = 'resolved'`);
    await runner.query(`
      CREATE TABLE notification (
        id bigserial PRIMARY KEY,
        -- NULL for an anonymous requester: shown on the tracking page of request_id
        recipient_id uuid REFERENCES app_user(id) ON DELETE CASCADE,
        request_id uuid REFERENCES request(id) ON DELETE CASCADE,
        project_id uuid REFERENCES project(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('assigned', 'warning', 'overdue', 'escalation', 'supervised', 'progress', 'answer_requested', 'request_reopened')),
        title_zh text NOT NULL,
        body_zh text NOT NULL,
        title_en text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        email_sent_at timestamptz,
        CHECK (recipient_id IS NOT NULL OR request_id IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX notification_recipient ON notification (recipient_id, id) WHERE recipient_id IS NOT NULL`);
    await runner.query(`CREATE INDEX notification_unread ON notification (recipient_id) WHERE read_at IS NULL AND recipient_id IS NOT NULL`);
    await runner.query(`CREATE INDEX notification_request ON notification (request_id, id) WHERE request_id IS NOT NULL`);
    await runner.query(`ALTER TABLE app_user ADD COLUMN email text CHECK (email IS NULL OR (length(email) <= 254 AND email ~ '^[^\\s@]+@[^\\s@]+$'))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE app_user DROP COLUMN email`);
    await runner.query(`DROP TABLE notification`);
    await runner.query(`DROP INDEX request_answer_window`);
    await runner.query(`DROP INDEX request_warn`);
    await runner.query(`DROP TABLE clock_event`);
  }
}
