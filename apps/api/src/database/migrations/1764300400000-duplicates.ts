import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Duplicates: each request's terms, segmented in the API (jieba) and stored space-joined, so PostgreSQL's 'simple'
 * full-text configuration can index Chinese it cannot segment itself. The title trigram index of intake stays:
 * it catches near-identical titles whose words were segmented differently.
 */
export class Duplicates1764300400000 implements MigrationInterface {
  name = 'Duplicates1764300400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE request
        ADD COLUMN search_terms text,
        ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (to_tsvector('simple'::regconfig, coalesce(search_terms, ''))) STORED`);
    await runner.query(`CREATE INDEX request_search_vector ON request USING gin (search_vector)`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX request_search_vector`);
    await runner.query(`ALTER TABLE request DROP COLUMN search_vector, DROP COLUMN search_terms`);
  }
}
