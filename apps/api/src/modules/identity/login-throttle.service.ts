// Backoff after failed logins, counted per account and per client, in PostgreSQL so every API replica agrees.
// A name no account has is counted and locked exactly like an account, so neither the lockout nor the tries left
// tell a guesser which names exist.
import { Inject, Injectable } from '@nestjs/common';
import { LOGIN_LOCKOUT } from '@banshishi/contracts';
import { createHmac } from 'node:crypto';
import { APP_SECRET } from '../../config/app-config';
import { DomainError } from '../../common/errors/domain-error';
import { AuthRepository } from './auth.repository';
import { clientKey } from './session-token';

export const THROTTLE_WINDOW_MS = LOGIN_LOCKOUT.windowMinutes * 60 * 1000;
export const ACCOUNT_MAX_FAILURES = LOGIN_LOCKOUT.maxFailures;
export const CLIENT_MAX_FAILURES = 30;
export const LOCK_MS = LOGIN_LOCKOUT.lockMinutes * 60 * 1000;

export interface ThrottleKeys {
  /** `user:<id>`, or `name:<keyed hash>` for a name no account has */
  account: string;
  client: string;
}

@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly repository: AuthRepository,
    @Inject(APP_SECRET) private readonly secret: string,
  ) {}

  keys(userId: string | null, loginName: string, ip: string): ThrottleKeys {
    const account = userId ? `user:${userId}` : `name:${createHmac('sha256', this.secret).update(`login-name:${loginName}`).digest('base64url').slice(0, 22)}`;
    return { account, client: `ip:${clientKey(ip, this.secret)}` };
  }

  /** Refuses (429) while the account or the client is locked out. */
  async assertAllowed(keys: ThrottleKeys): Promise<void> {
    const rows = await this.repository.lockedKeys([keys.account, keys.client]);
    const account = rows.find((row) => row.key === keys.account);
    if (account) {
      throw new DomainError('ACCOUNT_LOCKED', `Too many failed logins for this account: try again in ${Math.ceil(account.wait / 60)} minutes`, {
        retryAfterSeconds: account.wait,
      });
    }
    if (rows.length > 0) {
      throw new DomainError('RATE_LIMITED', `Too many failed logins from this device: try again in ${Math.ceil(rows[0].wait / 60)} minutes`, {
        retryAfterSeconds: rows[0].wait,
      });
    }
  }

  /** Counts a failure; the count that crosses the limit locks the key. Answers the wrong passwords left before the account locks. */
  async recordFailure(keys: ThrottleKeys): Promise<number> {
    const failures = await this.repository.recordFailure(keys.account, { windowMs: THROTTLE_WINDOW_MS, maxFailures: ACCOUNT_MAX_FAILURES, lockMs: LOCK_MS });
    await this.repository.recordFailure(keys.client, { windowMs: THROTTLE_WINDOW_MS, maxFailures: CLIENT_MAX_FAILURES, lockMs: LOCK_MS });
    return Math.max(0, ACCOUNT_MAX_FAILURES - failures);
  }

  async recordSuccess(keys: ThrottleKeys): Promise<void> {
    await this.repository.clearThrottle(keys.account);
  }

  /** An admin's reset lets the person in at once, whatever they tried before. */
  async unlockAccount(userId: string): Promise<void> {
    await this.repository.clearThrottle(`user:${userId}`);
  }
}
