import { allows, carriedOver, retryAfterSeconds, waitMs, windowPosition } from './sliding-window';

const MIN = 60_000;
const W = 10 * MIN;

/** Simulates one key minute by minute with the same rule, for a brute-force check of waitMs. */
function firstAllowedAfter(limit: number, previous: number, current: number, remainingMs: number): number {
  for (let wait = 0; wait <= 2 * W; wait += 1000) {
    const e = W - remainingMs + wait;
    const allowed = e < W ? allows(limit, previous, current, W - e, W) : allows(limit, current, 0, 2 * W - e, W);
    if (allowed) return wait;
  }
  throw new Error('never allowed');
}

describe('sliding-window arithmetic', () => {
  it('places a time in its fixed window, the one before, and what is left of it', () => {
    const at = windowPosition(Date.UTC(2026, 0, 5, 8, 23, 30), W);
    expect(at.start.toISOString()).toBe('2026-01-05T08:20:00.000Z');
    expect(at.previousStart.toISOString()).toBe('2026-01-05T08:10:00.000Z');
    expect(at.remainingMs).toBe(6.5 * MIN);
    expect(at.expiresAt.toISOString()).toBe('2026-01-05T08:40:00.000Z');
    // the first instant of a window belongs to it, with all of it left
    expect(windowPosition(Date.UTC(2026, 0, 5, 8, 20), W)).toMatchObject({ remainingMs: W });
  });

  it('carries the previous window over in proportion to its overlap, rounded up', () => {
    expect(carriedOver(10, W, W)).toBe(10);
    expect(carriedOver(10, W - 1, W)).toBe(10); // rounded up: nothing has left yet
    expect(carriedOver(10, 9 * MIN, W)).toBe(9);
    expect(carriedOver(10, 0, W)).toBe(0);
    expect(carriedOver(0, W, W)).toBe(0);
  });

  it('allows the limit in one window, then refuses', () => {
    expect(allows(10, 0, 9, W, W)).toBe(true);
    expect(allows(10, 0, 10, W, W)).toBe(false);
    // a full previous window refuses at the start of the next, and lets one in once a tenth of it has slid out
    expect(allows(10, 10, 0, W, W)).toBe(false);
    expect(allows(10, 10, 0, 9 * MIN, W)).toBe(true);
    expect(allows(10, 10, 1, 9 * MIN, W)).toBe(false);
  });

  it.each([
    // limit, previous, current, remaining → wait
    [10, 0, 10, 4 * MIN, 4 * MIN + 1 * MIN], // full now: to the window's end, then a tenth of it
    [10, 10, 0, W, 1 * MIN],
    [10, 10, 0, 9.5 * MIN, 0.5 * MIN],
    [10, 10, 5, 8 * MIN, 4 * MIN], // carried must fall to 4: elapsed ≥ 6 min, 2 min gone
    [10, 3, 0, 2 * MIN, 0],
    [30, 0, 30, W, W + Math.ceil(W / 30)],
  ])('limit %i, previous %i, current %i, %i ms left: waits %i ms', (limit, previous, current, remaining, expected) => {
    expect(waitMs(limit, previous, current, remaining, W)).toBe(expected);
  });

  it('waits exactly until the rule allows again (every small case)', () => {
    const limit = 5;
    for (let previous = 0; previous <= limit; previous++) {
      for (let current = 0; current <= limit; current++) {
        for (const remaining of [W, 7.5 * MIN, 3 * MIN, 1000]) {
          if (allows(limit, previous, current, remaining, W)) continue;
          const wait = waitMs(limit, previous, current, remaining, W);
          expect(firstAllowedAfter(limit, previous, current, remaining)).toBe(Math.ceil(wait / 1000) * 1000);
        }
      }
    }
  });

  it('answers Retry-After in whole seconds, at least one', () => {
    expect(retryAfterSeconds(0)).toBe(1);
    expect(retryAfterSeconds(1001)).toBe(2);
    expect(retryAfterSeconds(60_000)).toBe(60);
  });
});
