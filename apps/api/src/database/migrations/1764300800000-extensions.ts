import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 延期: the one extension request that may be pending on a request, until a leader decides on it. */
export class Extensions1764300800000 implements MigrationInterface {
  name = 'Extensions1764300800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE request
        ADD COLUMN extension_days integer CHECK (extension_days BETWEEN 1 AND 60),
        ADD COLUMN extension_requested_at timestamptz,
        ADD COLUMN extended_days integer NOT NULL DEFAULT 0`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE request DROP COLUMN extension_days, DROP COLUMN extension_requested_at, DROP COLUMN extended_days`);
  }
}
