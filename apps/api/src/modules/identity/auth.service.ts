import { Inject, Injectable } from '@nestjs/common';
import type { CurrentUser, LoginResponse } from '@banshishi/contracts';
import type { Role } from '@banshishi/workflow';
import { APP_SECRET } from '../../config/app-config';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { AuthRepository } from './auth.repository';
import type { AuthUser, Grant } from './auth-user';
import { LoginThrottleService } from './login-throttle.service';
import { verifyDecoy, verifyPassword } from './password';
import { hashSessionToken, newSessionToken, SESSION_TTL_MS } from './session-token';

export function toCurrentUser(user: Pick<AuthUser, 'id' | 'username' | 'displayName' | 'grants'>): CurrentUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.grants.map((grant) => ({ role: grant.role, unitId: grant.unitId, unitName: grant.unitName })),
  };
}

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    @Inject(APP_SECRET) private readonly secret: string,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
  ) {}

  async login(usernameInput: string, password: string, ip: string): Promise<LoginResponse & { token: string }> {
    const username = usernameInput.trim().toLowerCase();
    const account = await this.repository.account(username);
    const keys = this.throttle.keys(account?.id ?? null, ip);
    await this.throttle.assertAllowed(keys);

    const passwordOk = account ? await verifyPassword(account.password_hash, password) : await verifyDecoy(password);
    if (!account || !passwordOk) {
      await this.throttle.recordFailure(keys);
      await this.audit.record({ actorId: account?.id ?? null, action: 'auth.login_failed', entityType: 'user', entityId: account?.id ?? null, after: { username } });
      throw new DomainError('UNAUTHENTICATED', 'Wrong username or password');
    }
    if (account.disabled) {
      await this.audit.record({ actorId: account.id, action: 'auth.login_refused_disabled', entityType: 'user', entityId: account.id });
      throw new DomainError('FORBIDDEN', 'This account is disabled: ask your union office');
    }
    await this.throttle.recordSuccess(keys);

    const token = newSessionToken();
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS);
    const sessionId = await this.repository.insertSession(account.id, hashSessionToken(token, this.secret), expiresAt);
    await this.audit.record({ actorId: account.id, action: 'auth.login', entityType: 'user', entityId: account.id });
    const user = await this.loadUser(account.id, sessionId);
    if (!user) throw new DomainError('UNAUTHENTICATED', 'Wrong username or password');
    return { token, accessToken: token, expiresAt: expiresAt.toISOString(), user: toCurrentUser(user) };
  }

  /** The user behind a token, or null when it is unknown, expired, revoked or its account disabled. */
  async resolve(token: string): Promise<AuthUser | null> {
    const session = await this.repository.liveSession(hashSessionToken(token, this.secret));
    return session ? this.loadUser(session.user_id, session.id) : null;
  }

  async logout(user: AuthUser): Promise<void> {
    await this.repository.revokeSession(user.sessionId);
    await this.audit.record({ actorId: user.id, action: 'auth.logout', entityType: 'user', entityId: user.id });
  }

  private async loadUser(userId: string, sessionId: string): Promise<AuthUser | null> {
    const rows = await this.repository.grants(userId);
    if (rows.length === 0) return null;
    const grants: Grant[] = rows
      .filter((row) => row.role && row.unit_id && row.unit_path)
      .map((row) => ({ role: row.role as Role, unitId: row.unit_id as string, unitName: row.unit_name ?? '', unitPath: row.unit_path as string }));
    return { id: userId, username: rows[0].username, displayName: rows[0].display_name, sessionId, grants };
  }
}
