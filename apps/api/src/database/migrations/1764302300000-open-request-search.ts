import type { MigrationInterface, QueryRunner } from 'typeorm';

/** REQUEST_BACKLOG_STATUSES as they were when this migration was written. */
const OPEN = `status IN ('submitted', 'accepted', 'in_progress', 'in_project')`;

/**
 * Similar requests (duplicates.repository.ts) are always open ones: their term and title-trigram indexes hold only
 * the open requests, so a search reads postings of the backlog (thousands) rather than of every request ever made
 * (a million). The full indexes stay for the request list's search.
 */
export class OpenRequestSearch1764302300000 implements MigrationInterface {
  name = 'OpenRequestSearch1764302300000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`CREATE INDEX request_open_search_vector ON request USING gin (search_vector) WHERE ${OPEN}`);
    await runner.query(`CREATE INDEX request_open_title_trgm ON request USING gin (title gin_trgm_ops) WHERE ${OPEN}`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX request_open_title_trgm`);
    await runner.query(`DROP INDEX request_open_search_vector`);
  }
}
