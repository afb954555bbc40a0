import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 高频词 (hotspot terms): each request's words as the dashboard counts them (jieba nouns and verbs without stop words,
 * `modules/evaluation/hotspot-terms.ts`), worked out once per request and rule `version` when a dashboard first needs
 * them, so a period of any length is counted in SQL. Kept apart from `request.search_terms` (duplicates' search-mode
 * segments, which hold fragments such as 水机 or 多月) and from the request row (no version bump, no rollup trigger).
 */
export class HotspotTerms1764301900000 implements MigrationInterface {
  name = 'HotspotTerms1764301900000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE request_hotspot_terms (
        request_id uuid PRIMARY KEY REFERENCES request (id) ON DELETE CASCADE,
        version smallint NOT NULL,
        terms text[] NOT NULL
      )`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TABLE request_hotspot_terms`);
  }
}
