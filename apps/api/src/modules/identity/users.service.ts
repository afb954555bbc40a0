import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoleGrant, UserSummary } from '@banshishi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { scopePaths, type AuthUser } from './auth-user';
import type { CreateUserDto, RoleGrantDto, UpdateUserDto } from './dto/user.dto';
import { hashPassword } from './password';
import { ScopeService } from './scope.service';

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  disabled: boolean;
  email: string | null;
  created_at: Date;
  grants: { role: RoleGrant['role']; unitId: string; unitName: string; unitPath: string }[];
}

/** Accounts are managed by admins, and only for people whose every grant lies in the admin's subtree. */
@Injectable()
export class UsersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async list(admin: AuthUser): Promise<UserSummary[]> {
    const rows = await this.rows(this.dataSource.manager);
    return rows.filter((row) => this.manageable(admin, row)).map(toSummary);
  }

  async create(admin: AuthUser, input: CreateUserDto): Promise<UserSummary> {
    await this.checkGrants(admin, input.roles);
    const passwordHash = await hashPassword(input.password);
    return this.dataSource.transaction(async (manager) => {
      const inserted: { id: string }[] = await manager
        .query(`INSERT INTO app_user (username, display_name, password_hash, email) VALUES ($1, $2, $3, $4) RETURNING id`, [input.username, input.displayName.trim(), passwordHash, input.email ?? null])
        .catch((error: { code?: string }) => {
          if (error.code === '23505') throw new DomainError('CONFLICT', `The username "${input.username}" is taken`);
          throw error;
        });
      const id = inserted[0].id;
      await this.writeGrants(manager, id, input.roles);
      const after = await this.one(manager, id);
      await this.audit.record({ actorId: admin.id, action: 'user.create', entityType: 'user', entityId: id, after: auditView(after) }, manager);
      return toSummary(after);
    });
  }

  async update(admin: AuthUser, id: string, input: UpdateUserDto): Promise<UserSummary> {
    const current = await this.one(this.dataSource.manager, id).catch(() => null);
    if (!current || !this.manageable(admin, current)) throw new DomainError('NOT_FOUND', 'No such user');
    if (input.roles) await this.checkGrants(admin, input.roles);
    if (id === admin.id && input.disabled) throw new DomainError('UNPROCESSABLE', 'You cannot disable your own account');
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.dataSource.transaction(async (manager) => {
      await manager.query(
        `UPDATE app_user SET display_name = COALESCE($2, display_name), password_hash = COALESCE($3, password_hash),
                disabled = COALESCE($4, disabled), email = CASE WHEN $5 THEN $6 ELSE email END, version = version + 1, updated_at = now() WHERE id = $1`,
        [id, input.displayName?.trim() ?? null, passwordHash, input.disabled ?? null, input.email !== undefined, input.email ?? null],
      );
      if (input.roles) {
        await manager.query(`DELETE FROM role_grant WHERE user_id = $1`, [id]);
        await this.writeGrants(manager, id, input.roles);
      }
      // A disabled account, or a new password, ends every open session.
      if (input.disabled || passwordHash) await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL`, [id]);
      const after = await this.one(manager, id);
      await this.audit.record(
        { actorId: admin.id, action: 'user.update', entityType: 'user', entityId: id, before: auditView(current), after: { ...auditView(after), passwordChanged: Boolean(passwordHash) } },
        manager,
      );
      return toSummary(after);
    });
  }

  private manageable(admin: AuthUser, row: UserRow): boolean {
    const roots = scopePaths(admin, ['admin']);
    return row.grants.length > 0 ? row.grants.every((grant) => roots.some((root) => grant.unitPath.startsWith(root))) : roots.length > 0;
  }

  private async checkGrants(admin: AuthUser, grants: RoleGrantDto[]): Promise<void> {
    for (const grant of grants) await this.scope.unitInScope(admin, grant.unitId, ['admin']);
  }

  private async writeGrants(manager: EntityManager, userId: string, grants: RoleGrantDto[]): Promise<void> {
    for (const grant of grants) {
      await manager.query(`INSERT INTO role_grant (user_id, unit_id, role) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [userId, grant.unitId, grant.role]);
    }
  }

  private async one(manager: EntityManager, id: string): Promise<UserRow> {
    const [row] = await this.rows(manager, id);
    if (!row) throw new DomainError('NOT_FOUND', 'No such user');
    return row;
  }

  private rows(manager: EntityManager, id?: string): Promise<UserRow[]> {
    return manager.query(
      `SELECT u.id, u.username, u.display_name, u.disabled, u.email, u.created_at,
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
}

function toSummary(row: UserRow): UserSummary {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    disabled: row.disabled,
    roles: row.grants.map((grant) => ({ role: grant.role, unitId: grant.unitId, unitName: grant.unitName })),
    createdAt: new Date(row.created_at).toISOString(),
    email: row.email,
  };
}

function auditView(row: UserRow) {
  return { username: row.username, displayName: row.display_name, disabled: row.disabled, email: row.email, roles: row.grants.map((g) => `${g.role}@${g.unitName}`) };
}
