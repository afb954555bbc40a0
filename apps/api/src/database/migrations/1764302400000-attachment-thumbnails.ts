import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A photo's thumbnail (a small WebP for lists and timelines), stored in the same upload storage as the photo under
 * its own key. NULL for PDFs, and for photos stored before thumbnails existed until one is first asked for.
 */
export class AttachmentThumbnails1764302400000 implements MigrationInterface {
  name = 'AttachmentThumbnails1764302400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE attachment ADD COLUMN thumbnail_path text UNIQUE`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE attachment DROP COLUMN thumbnail_path`);
  }
}
