// Backoff after failed logins, counted per account and per client, in PostgreSQL so every API replica agrees.
import { Inject, Injectable } from '@nestjs/common';
import { APP_SECRET } from '../../config/app-config';
import { DomainError } from '../../common/errors/domain-error';
import { AuthRepository } from './auth.repository';
import { clientKey } from './session-token';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_MAX_FAILURES = 5;
export const CLIENT_MAX_FAILURES = 30;
export const LOCK_MS = 15 * 60 * 1000;

@Injectable()
export class LoginThrottleService {
  constructor(
    private readonly repository: AuthRepository,
    @Inject(APP_SECRET) private readonly secret: string,
  ) {}

  keys(userId: string | null, ip: string): { account: string | null; client: string } {
    return { account: userId ? `user:${userId}` : null, client: `ip:${clientKey(ip, this.secret)}` };
  }

  /** Refuses (429) while the account or the client is locked out. */
  async assertAllowed(keys: { account: string | null; client: string }): Promise<void> {
    const rows = await this.repository.lockedKeys([keys.account, keys.client].filter((key): key is string => Boolean(key)));
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

  /** Counts a failure; the count that crosses the limit locks the key. */
  async recordFailure(keys: { account: string | null; client: string }): Promise<void> {
    for (const [key, max] of [
      [keys.account, ACCOUNT_MAX_FAILURES],
      [keys.client, CLIENT_MAX_FAILURES],
    ] as const) {
      if (!key) continue;
      await this.repository.recordFailure(key, { windowMs: THROTTLE_WINDOW_MS, maxFailures: max, lockMs: LOCK_MS });
    }
  }

  async recordSuccess(keys: { account: string | null }): Promise<void> {
    if (keys.account) await this.repository.clearThrottle(keys.account);
  }
}
