import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The tables whose changes end a cached sign-in or unit tree (identity-changes.service.ts), and the statements that do. */
const WATCHED = [
  { table: 'auth_session', events: 'UPDATE OR DELETE OR TRUNCATE' }, // a new session is never cached before it exists
  { table: 'app_user', events: 'INSERT OR UPDATE OR DELETE' },
  { table: 'role_grant', events: 'INSERT OR UPDATE OR DELETE OR TRUNCATE' },
  { table: 'org_unit', events: 'INSERT OR UPDATE OR DELETE OR TRUNCATE' },
];

/**
 * Every API process keeps the signed-in users and the unit tree in memory, and drops them when one of these tables
 * changes: `NOTIFY banshishi_identity` (the table's name as payload) once per statement, delivered at commit to every
 * process LISTENing, whichever process or tool wrote it (docs/decisions.md “Per-request cost”).
 */
export class IdentityChangeNotify1764302800000 implements MigrationInterface {
  name = 'IdentityChangeNotify1764302800000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE FUNCTION identity_change_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('banshishi_identity', TG_TABLE_NAME);
        RETURN NULL;
      END $$`);
    for (const { table, events } of WATCHED) {
      await runner.query(`CREATE TRIGGER ${table}_identity_change AFTER ${events} ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION identity_change_notify()`);
    }
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const { table } of WATCHED) await runner.query(`DROP TRIGGER ${table}_identity_change ON ${table}`);
    await runner.query(`DROP FUNCTION identity_change_notify()`);
  }
}
