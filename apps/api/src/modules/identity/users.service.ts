import { Inject, Injectable } from '@nestjs/common';
import type { PasswordReset, UserSummary } from '@banshishi/contracts';
import { APP_SECRET } from '../../config/app-config';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { scopePaths, type AuthUser } from './auth-user';
import type { CreateUserDto, RoleGrantDto, UpdateUserDto } from './dto/user.dto';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword } from './password';
import { ScopeService } from './scope.service';
import { hashTemporaryPassword, newTemporaryPassword } from './temporary-password';
import { UsersRepository, type UserRow } from './users.repository';

/** Accounts are managed by admins, and only for people whose every grant lies in the admin's subtree. */
@Injectable()
export class UsersService {
  constructor(
    private readonly repository: UsersRepository,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly throttle: LoginThrottleService,
    @Inject(APP_SECRET) private readonly secret: string,
  ) {}

  async list(admin: AuthUser): Promise<UserSummary[]> {
    const rows = await this.repository.rows();
    return rows.filter((row) => this.manageable(admin, row)).map(toSummary);
  }

  async create(admin: AuthUser, input: CreateUserDto): Promise<UserSummary> {
    await this.checkGrants(admin, input.roles);
    const passwordHash = await hashPassword(input.password);
    return this.repository.transaction(async (manager) => {
      // A taken username: the unique violation is answered 409 naming `username` (common/errors/database-error.ts).
      // A taken phone likewise, naming `phone`.
      const id = await this.repository.insert(
        {
          username: input.username,
          displayName: input.displayName,
          passwordHash,
          email: input.email ?? null,
          phone: input.phone ?? null,
          mustChangePassword: input.mustChangePassword ?? false,
        },
        manager,
      );
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
      // A password an admin sets for someone else is theirs to change at the next sign-in.
      const mustChangePassword = passwordHash && id !== admin.id ? true : undefined;
      await this.repository.update(
        id,
        { displayName: input.displayName ?? null, passwordHash, mustChangePassword, disabled: input.disabled ?? null, email: input.email, phone: input.phone },
        manager,
      );
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

  /**
   * 重置密码: a one-time password for the admin to hand over, changed at the next sign-in; the person's sessions end
   * and a lockout from wrong guesses is lifted.
   */
  async resetPassword(admin: AuthUser, id: string): Promise<PasswordReset> {
    const current = await this.one(id).catch(() => null);
    if (!current || !this.manageable(admin, current)) throw new DomainError('NOT_FOUND', 'No such user');
    const temporaryPassword = newTemporaryPassword();
    await this.repository.transaction(async (manager) => {
      const passwordHash = hashTemporaryPassword(temporaryPassword, this.secret);
      await this.repository.update(id, { displayName: null, passwordHash, mustChangePassword: true, disabled: null }, manager);
      await this.repository.revokeSessions(id, manager);
      await this.audit.record({ actorId: admin.id, action: 'user.reset_password', entityType: 'user', entityId: id, after: { username: current.username } }, manager);
    });
    await this.throttle.unlockAccount(id);
    return { temporaryPassword };
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
    phone: row.phone,
    mustChangePassword: row.must_change_password,
  };
}

function auditView(row: UserRow) {
  return {
    username: row.username,
    displayName: row.display_name,
    disabled: row.disabled,
    email: row.email,
    phone: row.phone,
    roles: row.grants.map((g) => `${g.role}@${g.unitName}`),
  };
}
