// Every SQL statement of a roster import, in the import's transaction: what the plan needs to know (the unit tree, the
// accounts of the sheet's phones and usernames), and the plan's writes, each a single set-based statement however many
// rows (unnest of arrays), so 10,000 people are a handful of statements.
import type { RoleName, UnitKind } from '@banshishi/contracts';
import type { EntityManager } from 'typeorm';
import { newEntryToken } from '../units.service';
import type { ExistingUnit, ExistingUser, Grant, PlannedUnit, UnitChange, UserChange } from './roster-plan';

export interface NewAccountRow {
  id: string;
  username: string;
  displayName: string;
  phone: string;
  passwordHash: string;
}

export class RosterRepository {
  constructor(private readonly manager: EntityManager) {}

  /** One import at a time: a second waits for the first to commit, then plans against what it wrote. */
  async lock(): Promise<void> {
    await this.manager.query(`SELECT pg_advisory_xact_lock(hashtext('banshishi:roster-import'))`);
  }

  units(): Promise<ExistingUnit[]> {
    return this.manager.query(`SELECT id, parent_id AS "parentId", name, kind, code, path FROM org_unit ORDER BY path`);
  }

  /** The accounts holding these phones, with their grants. */
  usersByPhone(phones: string[]): Promise<ExistingUser[]> {
    return this.manager.query(
      `SELECT u.id, u.username, u.display_name AS "displayName", u.phone,
              COALESCE(json_agg(json_build_object('role', g.role, 'unitId', o.id, 'unitPath', o.path)) FILTER (WHERE g.role IS NOT NULL), '[]') AS grants
         FROM app_user u
         LEFT JOIN role_grant g ON g.user_id = u.id
         LEFT JOIN org_unit o ON o.id = g.unit_id
        WHERE u.phone = ANY($1::text[])
        GROUP BY u.id`,
      [phones],
    );
  }

  /** Of these usernames, those an account has, with the account's id. */
  async usernames(usernames: string[]): Promise<Map<string, string>> {
    const rows: { username: string; id: string }[] = await this.manager.query(`SELECT username, id FROM app_user WHERE username = ANY($1::text[])`, [usernames]);
    return new Map(rows.map((row) => [row.username, row.id]));
  }

  /** Parents first (by depth), so every parent exists before its units. */
  async insertUnits(units: PlannedUnit[]): Promise<void> {
    if (!units.length) return;
    const sorted = [...units].sort((a, b) => a.path.length - b.path.length);
    await this.manager.query(
      `INSERT INTO org_unit (id, parent_id, name, kind, code, path, entry_token)
       SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[])`,
      [
        sorted.map((unit) => unit.id),
        sorted.map((unit) => unit.parentId),
        sorted.map((unit) => unit.name),
        sorted.map((unit) => unit.kind),
        sorted.map((unit) => unit.code),
        sorted.map((unit) => unit.path),
        sorted.map(() => newEntryToken()),
      ],
    );
  }

  async updateUnits(changes: UnitChange[]): Promise<void> {
    if (!changes.length) return;
    await this.manager.query(
      `UPDATE org_unit o SET name = v.name, kind = v.kind, code = v.code, version = o.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[]) AS v(id, name, kind, code)
        WHERE o.id = v.id`,
      [changes.map((change) => change.id), changes.map((change) => change.name), changes.map((change) => change.kind as UnitKind), changes.map((change) => change.code)],
    );
  }

  /** New accounts, each with a one-time password to change at the first sign-in. */
  async insertUsers(rows: NewAccountRow[]): Promise<void> {
    if (!rows.length) return;
    await this.manager.query(
      `INSERT INTO app_user (id, username, display_name, phone, password_hash, must_change_password)
       SELECT v.*, true FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[]) AS v`,
      [rows.map((row) => row.id), rows.map((row) => row.username), rows.map((row) => row.displayName), rows.map((row) => row.phone), rows.map((row) => row.passwordHash)],
    );
  }

  async updateUsers(changes: UserChange[]): Promise<void> {
    const renamed = changes.filter((change) => change.displayName !== change.before.displayName);
    if (!renamed.length) return;
    await this.manager.query(
      `UPDATE app_user u SET display_name = v.name, version = u.version + 1, updated_at = now()
         FROM unnest($1::uuid[], $2::text[]) AS v(id, name)
        WHERE u.id = v.id`,
      [renamed.map((change) => change.id), renamed.map((change) => change.displayName)],
    );
  }

  /** These accounts' grants become exactly `grants`. */
  async replaceGrants(userIds: string[], grants: (Grant & { userId: string })[]): Promise<void> {
    if (!userIds.length) return;
    await this.manager.query(`DELETE FROM role_grant WHERE user_id = ANY($1::uuid[])`, [userIds]);
    if (!grants.length) return;
    await this.manager.query(`INSERT INTO role_grant (user_id, unit_id, role) SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::text[])`, [
      grants.map((grant) => grant.userId),
      grants.map((grant) => grant.unitId),
      grants.map((grant) => grant.role as RoleName),
    ]);
  }
}
