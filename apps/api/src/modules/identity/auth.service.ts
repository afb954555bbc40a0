import { Inject, Injectable, Logger } from '@nestjs/common';
import type { CurrentUser, LoginResponse } from '@banshishi/contracts';
import { passwordProblems, type PasswordRule, type Role } from '@banshishi/workflow';
import { APP_SECRET } from '../../config/app-config';
import { DomainError } from '../../common/errors/domain-error';
import { AuditService } from '../audit/audit.service';
import { normaliseMainlandMobile } from '../intake/in-person/requester-phone';
import { InPersonClaimsService } from '../intake/in-person/in-person-claims.service';
import { AuthRepository } from './auth.repository';
import type { AuthUser, Grant } from './auth-user';
import { LoginThrottleService } from './login-throttle.service';
import { hashPassword, verifyDecoy, verifyStoredPassword } from './password';
import { IdentityChanges } from './identity-changes.service';
import { SessionCache } from './session-cache';
import { hashSessionToken, newSessionToken, SESSION_TTL_MS } from './session-token';

export function toCurrentUser(user: Pick<AuthUser, 'id' | 'username' | 'displayName' | 'grants' | 'phone' | 'mustChangePassword'>): CurrentUser {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.grants.map((grant) => ({ role: grant.role, unitId: grant.unitId, unitName: grant.unitName })),
    phone: user.phone ?? null,
    mustChangePassword: user.mustChangePassword ?? false,
  };
}

const RULE_MESSAGES: Record<PasswordRule, string> = {
  length: 'newPassword must be 8–200 characters',
  kinds: 'newPassword must mix at least two of letters, digits and symbols',
  personal: 'newPassword must not contain your username or phone number',
};

@Injectable()
export class AuthService {
  constructor(
    private readonly repository: AuthRepository,
    @Inject(APP_SECRET) private readonly secret: string,
    private readonly throttle: LoginThrottleService,
    private readonly audit: AuditService,
    private readonly inPersonClaims: InPersonClaimsService,
    private readonly changes: IdentityChanges,
  ) {
    changes.onChange(() => this.sessions.clear());
  }

  private readonly sessions = new SessionCache();

  private readonly logger = new Logger(AuthService.name);

  /** By username, or by the account's mobile number (as people write it: +86, spaces, dashes). */
  async login(usernameInput: string, password: string, ip: string): Promise<LoginResponse & { token: string }> {
    const username = usernameInput.trim().toLowerCase();
    const phone = normaliseMainlandMobile(username);
    const account = await this.repository.account(username, phone);
    const keys = this.throttle.keys(account?.id ?? null, phone ?? username, ip);
    await this.throttle.assertAllowed(keys);

    const passwordOk = account ? await verifyStoredPassword(account.password_hash, password, this.secret) : await verifyDecoy(password);
    if (!account || !passwordOk) {
      const attemptsLeft = await this.throttle.recordFailure(keys);
      await this.audit.record({ actorId: account?.id ?? null, action: 'auth.login_failed', entityType: 'user', entityId: account?.id ?? null, after: { username } });
      throw new DomainError('UNAUTHENTICATED', 'Wrong username or password', { attemptsLeft });
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
    await this.claimInPersonRequests(user);
    return { token, accessToken: token, expiresAt: expiresAt.toISOString(), user: toCurrentUser(user) };
  }

  /**
   * The requests a cadre recorded in person (代为登记) with this account's phone become the account's own. Signing in
   * never fails for it: a failure is logged and the next sign-in tries again.
   */
  private async claimInPersonRequests(user: AuthUser): Promise<void> {
    if (!user.phone) return;
    try {
      const claimed = await this.inPersonClaims.claimInPersonRequests(user.id, user.phone);
      if (claimed > 0) await this.audit.record({ actorId: user.id, action: 'request.claim_in_person', entityType: 'user', entityId: user.id, after: { claimed } });
    } catch (error) {
      this.logger.warn(`claiming in-person requests failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /**
   * A person's own new password, after the current one: it follows the rules (PASSWORD_RULES), is not the current one,
   * ends every other session of theirs, and lifts a pending change.
   */
  async changePassword(user: AuthUser, currentPassword: string, newPassword: string): Promise<CurrentUser> {
    const stored = await this.repository.passwordHash(user.id);
    if (!stored || !(await verifyStoredPassword(stored, currentPassword, this.secret))) {
      const message = 'currentPassword is not your current password';
      throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'currentPassword', message }] });
    }
    const errors = passwordProblems(newPassword, { username: user.username, phone: user.phone }).map((rule) => ({ field: 'newPassword', message: RULE_MESSAGES[rule] }));
    if (await verifyStoredPassword(stored, newPassword, this.secret)) errors.push({ field: 'newPassword', message: 'newPassword must differ from the current password' });
    if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', errors.map((error) => error.message).join('; '), { errors });
    await this.repository.setOwnPassword(user.id, await hashPassword(newPassword), user.sessionId);
    await this.audit.record({ actorId: user.id, action: 'auth.password_change', entityType: 'user', entityId: user.id, after: { required: user.mustChangePassword ?? false } });
    const after = await this.loadUser(user.id, user.sessionId);
    if (!after) throw new DomainError('UNAUTHENTICATED', 'Please log in');
    return toCurrentUser(after);
  }

  /** The user behind a token, or null when it is unknown, expired, revoked or its account disabled: one query, or none when kept. */
  async resolve(token: string): Promise<AuthUser | null> {
    const tokenHash = hashSessionToken(token, this.secret);
    const cached = this.changes.live ? this.sessions.get(tokenHash) : null;
    if (cached) return cached;
    const generation = this.changes.generation;
    const row = await this.repository.sessionUser(tokenHash);
    if (!row) return null;
    const user: AuthUser = {
      id: row.user_id,
      username: row.username,
      displayName: row.display_name,
      sessionId: row.session_id,
      grants: row.grants.map((grant) => ({ ...grant, unitName: grant.unitName ?? '' })),
      phone: row.phone,
      mustChangePassword: row.must_change_password,
    };
    // kept unless something changed while it was read (then it may predate the change)
    if (this.changes.live && generation === this.changes.generation) this.sessions.set(tokenHash, user, new Date(row.expires_at));
    return this.sessions.get(tokenHash) ?? user;
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
    const [row] = rows;
    return { id: userId, username: row.username, displayName: row.display_name, sessionId, grants, phone: row.phone, mustChangePassword: row.must_change_password };
  }
}
