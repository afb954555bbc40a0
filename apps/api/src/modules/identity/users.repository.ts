// Every SQL statement about accounts: the users with their role grants, an admin's new or changed account, and ending
// an account's sessions.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoleGrant } from '@banshishi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { runTransaction } from '../../common/database/run-transaction';

export interface UserRow {
  id: string;
  username: string;
  display_name: string;
  disabled: boolean;
  email: string | null;
  phone: string | null;
  must_change_password: boolean;
  created_at: Date;
  grants: { role: RoleGrant['role']; unitId: string; unitName: string; unitPath: string }[];
}

export interface NewUserRow {
  username: string;
  displayName: string;
  passwordHash: string;
  email: string | null;
  phone: string | null;
  mustChangePassword: boolean;
}

/** null leaves a column as it is; `email` and `phone` undefined leave it, null clears it. */
export interface UserChanges {
  displayName: string | null;
  passwordHash: string | null;
  /** with a new password: whether it must be changed at the next sign-in (undefined leaves it) */
  mustChangePassword?: boolean;
  disabled: boolean | null;
  email?: string | null;
  phone?: string | null;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.dataSource, work);
  }

  /** Every account (or only `id`'s) with its grants, by username. */
  rows(id?: string, manager: EntityManager = this.dataSource.manager): Promise<UserRow[]> {
    return manager.query(
      `SELECT u.id, u.username, u.display_name, u.disabled, u.email, u.phone, u.must_change_password, u.created_at,
              COALESCE(json_agg(json_build_object('role', g.role, 'unitId', o.id, 'unitName', o.name, 'unitPath', o.path) ORDER BY o.path, g.role)
                       FILTER (WHERE g.role IS NOT NULL), '[]') AS grants
         FROM app_user u
         LEFT JOIN role_grant g ON g.user_id = u.id
         LEFT JOIN org_unit o ON o.id = g.unit_id
        WHERE $1::uuid IS NULL OR u.id = $1
        GROUP BY u.id ORDER BY u.username`,
      [id ?? null],
    );
  }

  /** The new account's id; rejects with PostgreSQL's unique violation (23505) when the username is taken. */
  async insert(row: NewUserRow, manager: EntityManager = this.dataSource.manager): Promise<string> {
    const inserted: { id: string }[] = await manager.query(
      `INSERT INTO app_user (username, display_name, password_hash, email, phone, must_change_password) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [row.username, row.displayName, row.passwordHash, row.email, row.phone, row.mustChangePassword],
    );
    return inserted[0].id;
  }

  async update(id: string, changes: UserChanges, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE app_user SET display_name = COALESCE($2, display_name), password_hash = COALESCE($3, password_hash),
              must_change_password = COALESCE($9, must_change_password),
              disabled = COALESCE($4, disabled), email = CASE WHEN $5 THEN $6 ELSE email END, phone = CASE WHEN $7 THEN $8 ELSE phone END,
              version = version + 1, updated_at = now() WHERE id = $1`,
      [
        id,
        changes.displayName,
        changes.passwordHash,
        changes.disabled,
        changes.email !== undefined,
        changes.email ?? null,
        changes.phone !== undefined,
        changes.phone ?? null,
        changes.mustChangePassword ?? null,
      ],
    );
  }

  async addGrants(userId: string, grants: readonly { role: string; unitId: string }[], manager: EntityManager = this.dataSource.manager): Promise<void> {
    for (const grant of grants) {
      await manager.query(`INSERT INTO role_grant (user_id, unit_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, grant.unitId, grant.role]);
    }
  }

  async removeGrants(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`DELETE FROM role_grant WHERE user_id = $1`, [userId]);
  }

  async revokeSessions(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [userId]);
  }
}
