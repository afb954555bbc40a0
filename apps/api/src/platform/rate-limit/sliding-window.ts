// The arithmetic of a sliding-window counter: two fixed windows, the previous one weighted by how much of it the
// sliding window still covers (its attempts assumed spread evenly). Pure, so the SQL and the tests share one rule.

/** A limit: at most `limit` attempts in any `windowMs`, counted per key within `bucket`. */
export interface RateLimit {
  bucket: string;
  limit: number;
  windowMs: number;
}

/** Where `now` falls: the fixed window it is in, the one before, and how much of the current one is left. */
export interface WindowPosition {
  start: Date;
  previousStart: Date;
  /** ms until the current window ends: the previous window still counts remainingMs / windowMs of its attempts */
  remainingMs: number;
  /** when the current window's row may be purged (it is the next window's "previous") */
  expiresAt: Date;
}

export function windowPosition(nowMs: number, windowMs: number): WindowPosition {
  const start = Math.floor(nowMs / windowMs) * windowMs;
  return {
    start: new Date(start),
    previousStart: new Date(start - windowMs),
    remainingMs: start + windowMs - nowMs,
    expiresAt: new Date(start + 2 * windowMs),
  };
}

/** The previous window's attempts that still count now, rounded up (so a full window keeps refusing until one of its attempts has left). */
export function carriedOver(previous: number, remainingMs: number, windowMs: number): number {
  return Math.ceil((previous * remainingMs) / windowMs);
}

/** An attempt is allowed while the weighted count stays below the limit; the SQL of `RateLimitRepository.take` says the same. */
export function allows(limit: number, previous: number, current: number, remainingMs: number, windowMs: number): boolean {
  return carriedOver(previous, remainingMs, windowMs) + current < limit;
}

/**
 * How long a refused key waits (ms) until one more attempt is allowed, if nobody else counts meanwhile. Within the
 * current window: until enough of the previous window has slid out. With the current window full: until it ends, and
 * then until enough of it (now the previous window) has slid out.
 */
export function waitMs(limit: number, previous: number, current: number, remainingMs: number, windowMs: number): number {
  const elapsedMs = windowMs - remainingMs;
  const room = limit - 1 - current; // what the carried-over count must fall to
  if (room >= 0) {
    if (previous <= room) return 0;
    // ceil(previous × (windowMs − e) / windowMs) ≤ room  ⇔  e ≥ windowMs × (1 − room / previous)
    return Math.max(0, Math.ceil((windowMs * (previous - room)) / previous) - elapsedMs);
  }
  return remainingMs + Math.ceil((windowMs * (current - limit + 1)) / current);
}

/** Retry-After in whole seconds, at least 1. */
export function retryAfterSeconds(ms: number): number {
  return Math.max(1, Math.ceil(ms / 1000));
}
