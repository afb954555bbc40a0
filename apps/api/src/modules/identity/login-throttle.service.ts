// Backoff after failed logins, counted per account and per client, in PostgreSQL so every API replica agrees.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_SECRET } from '../../config/app-config';
import { DomainError } from '../../common/errors/domain-error';
import { clientKey } from './session-token';

export const THROTTLE_WINDOW_MS = 15 * 60 * 1000;
export const ACCOUNT_MAX_FAILURES = 5;
export const CLIENT_MAX_FAILURES = 30;
export const LOCK_MS = 15 * 60 * 1000;

@Injectable()
export class LoginThrottleService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_SECRET) private readonly secret: string,
  ) {}

  keys(userId: string | null, ip: string): { account: string | null; client: string } {
    return { account: userId ? `user:${userId}` : null, client: `ip:${clientKey(ip, this.secret)}` };
  }

  /** Refuses (429) while the account or the client is locked out. */
  async assertAllowed(keys: { account: string | null; client: string }): Promise<void> {
    const rows: { key: string; wait: number }[] = await this.dataSource.query(
      `SELECT key, ceil(extract(epoch FROM locked_until - now()))::int AS wait
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [[keys.account, keys.client].filter(Boolean)],
    );
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
      await this.dataSource.query(
        `INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
         ON CONFLICT (key) DO UPDATE SET
           failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2 / 1000.0) THEN 1 ELSE t.failures + 1 END,
           window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2 / 1000.0) THEN now() ELSE t.window_started_at END,
           locked_until = CASE
             WHEN t.window_started_at >= now() - make_interval(secs => $2 / 1000.0) AND t.failures + 1 >= $3
             THEN now() + make_interval(secs => $4 / 1000.0) ELSE t.locked_until END`,
        [key, THROTTLE_WINDOW_MS, max, LOCK_MS],
      );
    }
  }

  async recordSuccess(keys: { account: string | null }): Promise<void> {
    if (keys.account) await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [keys.account]);
  }
}
