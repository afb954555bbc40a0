import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploads' bytes in PostgreSQL, for deployments with several API processes (UPLOAD_STORAGE=database). Keyed like the
 * files on disk (`attachment.storage_path`). Photos and PDFs arrive compressed already: stored out of line without
 * another compression attempt (STORAGE EXTERNAL).
 */
export class UploadContent1764301700000 implements MigrationInterface {
  name = 'UploadContent1764301700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE upload_content (
        storage_key text PRIMARY KEY,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await runner.query(`ALTER TABLE upload_content ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE upload_content`);
  }
}
