// Every SQL statement of logging in: the account behind a username or phone, sessions (by their token's hash), the
// signed-in user with their grants, the failed-login counters, and a person's own password change.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { runTransaction } from '../../common/database/run-transaction';

export interface AccountRow {
  id: string;
  username: string;
  phone: string | null;
  password_hash: string;
  disabled: boolean;
}

/** One row per grant (one row with a null grant when the user holds none), ordered by unit path then role. */
export interface GrantRow {
  username: string;
  display_name: string;
  phone: string | null;
  must_change_password: boolean;
  role: Role | null;
  unit_id: string | null;
  unit_name: string | null;
  unit_path: string | null;
}

/** The signed-in account behind a live session, with its grants ordered by unit path then role. */
export interface SessionUserRow {
  session_id: string;
  expires_at: Date;
  user_id: string;
  username: string;
  display_name: string;
  phone: string | null;
  must_change_password: boolean;
  grants: { role: Role; unitId: string; unitName: string; unitPath: string }[];
}

export interface ThrottleLimits {
  windowMs: number;
  maxFailures: number;
  lockMs: number;
}

@Injectable()
export class AuthRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The account signing in as `username`, or with `phone` (11 digits) when the name typed is a mobile number. The
   * phone wins over a username that happens to be the same digits (an imported account's username is its phone).
   */
  async account(username: string, phone: string | null): Promise<AccountRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, username, phone, password_hash, disabled FROM app_user
        WHERE username = $1 OR ($2::text IS NOT NULL AND phone = $2)
        ORDER BY (phone IS NOT DISTINCT FROM $2) DESC LIMIT 1`,
      [username, phone],
    );
    return row ?? null;
  }

  /** A person's own new password (argon2): no longer one to change, and every other session of theirs ends. */
  async setOwnPassword(userId: string, passwordHash: string, keepSessionId: string): Promise<void> {
    await runTransaction(this.dataSource, async (manager) => {
      await manager.query(`UPDATE app_user SET password_hash = $2, must_change_password = false, version = version + 1, updated_at = now() WHERE id = $1`, [userId, passwordHash]);
      await manager.query(`UPDATE auth_session SET revoked_at = now() WHERE user_id = $1 AND id <> $2 AND revoked_at IS NULL`, [userId, keepSessionId]);
    });
  }

  /** The stored hash of the account's password. */
  async passwordHash(userId: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT password_hash FROM app_user WHERE id = $1`, [userId]);
    return row?.password_hash ?? null;
  }

  async insertSession(userId: string, tokenHash: string, expiresAt: Date): Promise<string> {
    const [session]: { id: string }[] = await this.dataSource.query(`INSERT INTO auth_session (user_id, token_hash, expires_at) VALUES ($1, $2, $3) RETURNING id`, [
      userId,
      tokenHash,
      expiresAt,
    ]);
    return session.id;
  }

  /**
   * The caller behind a token hash, in one indexed query: the live session (not revoked, not expired, its account not
   * disabled) with the account and its grants (unit paths included), so a request costs one round trip to authenticate.
   * AuthService keeps the answer while nothing of it changes (identity-changes.service.ts).
   */
  async sessionUser(tokenHash: string): Promise<SessionUserRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT s.id AS session_id, s.expires_at, u.id AS user_id, u.username, u.display_name, u.phone, u.must_change_password,
              COALESCE((SELECT json_agg(json_build_object('role', g.role, 'unitId', o.id, 'unitName', o.name, 'unitPath', o.path) ORDER BY o.path, g.role)
                          FROM role_grant g JOIN org_unit o ON o.id = g.unit_id
                         WHERE g.user_id = u.id), '[]') AS grants
         FROM auth_session s JOIN app_user u ON u.id = s.user_id
        WHERE s.token_hash = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND NOT u.disabled`,
      [tokenHash],
    );
    return row ?? null;
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.dataSource.query(`UPDATE auth_session SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL`, [sessionId]);
  }

  /** Empty when there is no such user. */
  grants(userId: string): Promise<GrantRow[]> {
    return this.dataSource.query(
      `SELECT u.username, u.display_name, u.phone, u.must_change_password, g.role, g.unit_id, o.name AS unit_name, o.path AS unit_path
         FROM app_user u
         LEFT JOIN role_grant g ON g.user_id = u.id
         LEFT JOIN org_unit o ON o.id = g.unit_id
        WHERE u.id = $1
        ORDER BY o.path, g.role`,
      [userId],
    );
  }

  /** Of these throttle keys, those locked out now, with the seconds left. */
  lockedKeys(keys: string[]): Promise<{ key: string; wait: number }[]> {
    return this.dataSource.query(
      `SELECT key, ceil(extract(epoch FROM locked_until - now()))::int AS wait
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [keys],
    );
  }

  /**
   * Counts a failure in the key's window (a new window once it has passed); the count that reaches the maximum locks
   * the key. Answers the failures counted in the window now.
   */
  async recordFailure(key: string, limits: ThrottleLimits): Promise<number> {
    const [row]: { failures: number }[] = await this.dataSource.query(
      `INSERT INTO login_throttle AS t (key, failures, window_started_at) VALUES ($1, 1, now())
       ON CONFLICT (key) DO UPDATE SET
         failures = CASE WHEN t.window_started_at < now() - make_interval(secs => $2 / 1000.0) THEN 1 ELSE t.failures + 1 END,
         window_started_at = CASE WHEN t.window_started_at < now() - make_interval(secs => $2 / 1000.0) THEN now() ELSE t.window_started_at END,
         locked_until = CASE
           WHEN t.window_started_at >= now() - make_interval(secs => $2 / 1000.0) AND t.failures + 1 >= $3
           THEN now() + make_interval(secs => $4 / 1000.0) ELSE t.locked_until END
       RETURNING failures`,
      [key, limits.windowMs, limits.maxFailures, limits.lockMs],
    );
    return row.failures;
  }

  async clearThrottle(key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM login_throttle WHERE key = $1`, [key]);
  }
}
