// The signed-in users this process has seen lately, by their token's hash: a request whose session is here costs no
// query to authenticate. Kept only while IdentityChanges is live, emptied on every change to sessions, accounts, grants
// or units, and each entry for at most MAX_AGE_MS whatever happens (a safety net, not the means of invalidation).
import type { AuthUser } from './auth-user';

export const SESSION_CACHE_MAX_AGE_MS = 60_000;
export const SESSION_CACHE_MAX_ENTRIES = 10_000;

interface Entry {
  user: AuthUser;
  /** the session's own end */
  expiresAt: number;
  /** when this entry stops being trusted */
  staleAt: number;
}

export class SessionCache {
  private readonly entries = new Map<string, Entry>();

  get(tokenHash: string, now = Date.now()): AuthUser | null {
    const entry = this.entries.get(tokenHash);
    if (!entry) return null;
    if (entry.expiresAt <= now || entry.staleAt <= now) {
      this.entries.delete(tokenHash);
      return null;
    }
    // a copy: callers may not change what the next request reads
    return { ...entry.user, grants: entry.user.grants.map((grant) => ({ ...grant })) };
  }

  set(tokenHash: string, user: AuthUser, expiresAt: Date, now = Date.now()): void {
    if (this.entries.size >= SESSION_CACHE_MAX_ENTRIES) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
    this.entries.set(tokenHash, { user, expiresAt: expiresAt.getTime(), staleAt: now + SESSION_CACHE_MAX_AGE_MS });
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
