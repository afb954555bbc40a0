import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 意见收集: request codes, the response clock, the anonymous requester's tracking secret (a keyed hash) and
 * encrypted contact, idempotency keys for submissions, and the indexes behind the request lists.
 */
export class Intake1764300200000 implements MigrationInterface {
  name = 'Intake1764300200000';

  async up(runner: QueryRunner): Promise<void> {
    // One running number across years: BS-<year>-<number>, the year taken at submission (China time).
    await runner.query(`CREATE SEQUENCE request_code_seq`);
    await runner.query(`
      ALTER TABLE request
        ADD COLUMN response_due_at timestamptz,
        ADD COLUMN response_warn_at timestamptz,
        ADD COLUMN tracking_secret_hash text,
        ADD COLUMN contact_encrypted bytea`);

    // Keyset pages, newest first: overall, per handling unit, per requester (我的诉求), per category.
    await runner.query(`CREATE INDEX request_submitted ON request (submitted_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX request_handling_unit_submitted ON request (handling_unit_id, submitted_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX request_requester_submitted ON request (requester_id, submitted_at DESC, id DESC) WHERE requester_id IS NOT NULL`);
    await runner.query(`CREATE INDEX request_category_submitted ON request (category_id, submitted_at DESC, id DESC)`);
    await runner.query(`CREATE INDEX request_status_submitted ON request (status, submitted_at DESC, id DESC)`);
    // `q` is an ILIKE on title and description: trigram indexes keep it fast on Chinese text too.
    await runner.query(`CREATE INDEX request_title_trgm ON request USING gin (title gin_trgm_ops)`);
    await runner.query(`CREATE INDEX request_description_trgm ON request USING gin (description gin_trgm_ops)`);

    // Same key + same body → the stored response; kept 24 hours. Scope: 'user:<id>' or 'entry:<hash of entry token>'.
    // The response is stored encrypted: for an anonymous submission it holds the tracking secret.
    await runner.query(`
      CREATE TABLE idempotency_key (
        scope text NOT NULL,
        key text NOT NULL CHECK (length(key) BETWEEN 1 AND 100),
        body_hash text NOT NULL,
        response_status integer,
        response_encrypted bytea,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
    await runner.query(`CREATE INDEX idempotency_key_created ON idempotency_key (created_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE idempotency_key`);
    for (const index of [
      'request_submitted',
      'request_handling_unit_submitted',
      'request_requester_submitted',
      'request_category_submitted',
      'request_status_submitted',
      'request_title_trgm',
      'request_description_trgm',
    ]) {
      await runner.query(`DROP INDEX ${index}`);
    }
    await runner.query(`
      ALTER TABLE request
        DROP COLUMN response_due_at,
        DROP COLUMN response_warn_at,
        DROP COLUMN tracking_secret_hash,
        DROP COLUMN contact_encrypted`);
    await runner.query(`DROP SEQUENCE request_code_seq`);
  }
}
