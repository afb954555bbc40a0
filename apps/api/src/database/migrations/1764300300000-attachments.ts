import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Attachments of requests (photos, PDFs). The file lives under DATA_DIR at a server-made path; the uploader's file
 * name is display text only. `uploader_scope` ('user:<id>' or 'entry:<hash of entry token>') says who may link an
 * unlinked upload, and is cleared once linked, so an anonymous request keeps no account. No client address.
 */
export class Attachments1764300300000 implements MigrationInterface {
  name = 'Attachments1764300300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE attachment (
        id uuid PRIMARY KEY,
        request_id uuid REFERENCES request (id) ON DELETE CASCADE,
        uploader_scope text,
        kind text NOT NULL CHECK (kind IN ('image', 'pdf')),
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        storage_path text NOT NULL UNIQUE,
        original_name text NOT NULL CHECK (length(original_name) BETWEEN 1 AND 100),
        created_at timestamptz NOT NULL DEFAULT now(),
        CHECK (request_id IS NOT NULL OR uploader_scope IS NOT NULL)
      )`);
    await runner.query(`CREATE INDEX attachment_request ON attachment (request_id, created_at) WHERE request_id IS NOT NULL`);
    // For the later clean-up of uploads never linked to a request (older than 24 hours).
    await runner.query(`CREATE INDEX attachment_unlinked_created ON attachment (created_at) WHERE request_id IS NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE attachment`);
  }
}
