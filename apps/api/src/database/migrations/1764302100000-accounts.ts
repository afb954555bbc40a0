import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts a union office runs on day one: a mainland mobile number per person (normalised to 11 digits, one account
 * per number; signing in with it, and matching requests taken in person by phone), and a password that must be
 * changed at the next sign-in (after an admin's reset, or a one-time password of an imported roster); and an optional
 * code per org unit (the union's own 单位编码, or a 统一社会信用代码), by which a roster sheet names a unit unambiguously.
 */
export class Accounts1764302100000 implements MigrationInterface {
  name = 'Accounts1764302100000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`ALTER TABLE app_user ADD COLUMN phone text CHECK (phone ~ '^1[3-9][0-9]{9}$')`);
    await runner.query(`CREATE UNIQUE INDEX app_user_phone ON app_user (phone) WHERE phone IS NOT NULL`);
    await runner.query(`ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false`);
    await runner.query(`ALTER TABLE org_unit ADD COLUMN code text CHECK (code ~ '^[A-Za-z0-9_.-]{1,40}$')`);
    await runner.query(`CREATE UNIQUE INDEX org_unit_code ON org_unit (code) WHERE code IS NOT NULL`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX org_unit_code`);
    await runner.query(`ALTER TABLE org_unit DROP COLUMN code`);
    await runner.query(`ALTER TABLE app_user DROP COLUMN must_change_password`);
    await runner.query(`DROP INDEX app_user_phone`);
    await runner.query(`ALTER TABLE app_user DROP COLUMN phone`);
  }
}
