import { Injectable } from '@nestjs/common';
import type { UserSummary } from '@banshishi/contracts';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { scopePaths, type AuthUser } from './auth-user';
import type { CreateUserDto, RoleGrantDto, UpdateUserDto } from './dto/user.dto';
import { hashPassword } from './password';
import { ScopeService } from './scope.service';
import { UsersRepository, type UserRow } from './users.repository';

/** Accounts are managed by admins, and only for people whose every grant lies in the admin's subtree. */
@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
  ) {}

  async list(admin: AuthUser): Promise<UserSummary[]> {
    const rows = await this.repository.rows();
    return rows.filter((row) => this.manageable(admin, row)).map(toSummary);
  }

  async create(admin: AuthUser, input: CreateUserDto): Promise<UserSummary> {
    await this.checkGrants(admin, input.roles);
    const passwordHash = await hashPassword(input.password);
    return this.repository.transaction(async (manager) => {
      const id = await this.repository
        .insert({ username: input.username, displayName: input.displayName.trim(), passwordHash, email: input.email ?? null }, manager)
        .catch((error: { code?: string }) => {
          if (error.code === '23505') throw new DomainError('CONFLICT', `The username "${input.username}" is taken`);
          throw error;
        });
      await this.repository.addGrants(id, input.roles, manager);
      const after = await this.one(id, manager);
      await this.audit.record({ actorId: admin.id, action: 'user.create', entityType: 'user', entityId: id, after: auditView(after) }, manager);
      return toSummary(after);
    });
  }

  async update(admin: AuthUser, id: string, input: UpdateUserDto): Promise<UserSummary> {
    const current = await this.one(id).catch(() => null);
    if (!current || !this.manageable(admin, current)) throw new DomainError('NOT_FOUND', 'No such user');
    if (input.roles) await this.checkGrants(admin, input.roles);
    if (id === admin.id && input.disabled) throw new DomainError('UNPROCESSABLE', 'You cannot disable your own account');
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    return this.repository.transaction(async (manager) => {
      await this.repository.update(id, { displayName: input.displayName?.trim() ?? null, passwordHash, disabled: input.disabled ?? null, email: input.email }, manager);
      if (input.roles) {
        await this.repository.removeGrants(id, manager);
        await this.repository.addGrants(id, input.roles, manager);
      }
      // A disabled account, or a new password, ends every open session.
      if (input.disabled || passwordHash) await this.repository.revokeSessions(id, manager);
      const after = await this.one(id, manager);
      await this.audit.record(
        {
          actorId: admin.id,
          action: 'user.update',
          entityType: 'user',
          entityId: id,
          before: auditView(current),
          after: { ...auditView(after), passwordChanged: Boolean(passwordHash) },
        },
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

  private async one(id: string, manager?: EntityManager): Promise<UserRow> {
    const [row] = await this.repository.rows(id, manager);
    if (!row) throw new DomainError('NOT_FOUND', 'No such user');
    return row;
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
