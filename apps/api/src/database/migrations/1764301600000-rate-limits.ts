import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Rate limits every API replica shares: one counter per (bucket, keyed hash of the client or code, fixed window). A
 * row lives two windows (it is the "previous window" of the next one), then `expires_at` lets it be purged.
 */
export class RateLimits1764301600000 implements MigrationInterface {
  name = 'RateLimits1764301600000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE rate_limit (
        bucket text NOT NULL,
        key_hash text NOT NULL,
        window_start timestamptz NOT NULL,
        count integer NOT NULL CHECK (count >= 0),
        expires_at timestamptz NOT NULL,
        PRIMARY KEY (bucket, key_hash, window_start)
      )`);
    await runner.query(`CREATE INDEX rate_limit_expires ON rate_limit (expires_at)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE rate_limit`);
  }
}
