import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 全总汇总: the regions a federation subscribes to (docs/scaling.md “Federation”). Each region's published tables land
 * in a database of their own on the federation's server (`database`, by logical replication through `subscription`);
 * removing a region ends its subscription and sets `removed_at`, keeping the database (its history).
 * `data_as_of` is the last time the region's changes were known to be applied here (pg_stat_subscription's
 * latest_end_time, kept when the region is away and the subscription's worker with it).
 */
export class FederationRegions1764302700000 implements MigrationInterface {
  name = 'FederationRegions1764302700000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE federation_region (
        code text PRIMARY KEY CHECK (code ~ '^[a-z][a-z0-9_]{0,29}$'),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
        public_url text NOT NULL CHECK (public_url ~ '^https?://'),
        database text NOT NULL UNIQUE,
        subscription text NOT NULL,
        added_at timestamptz NOT NULL DEFAULT now(),
        removed_at timestamptz,
        data_as_of timestamptz
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE federation_region`);
  }
}
