import { SubmissionRateLimiter } from './submission-rate-limiter';

describe('SubmissionRateLimiter', () => {
  let now = 1_000_000;
  const clock = () => now;

  it('allows the limit, then refuses with the wait until the oldest attempt leaves the window', () => {
    const limiter = new SubmissionRateLimiter(3, 60_000, clock);
    for (let i = 0; i < 3; i++) {
      expect(limiter.take('a').allowed).toBe(true);
      now += 1000;
    }
    const refused = limiter.take('a');
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: 57 });
    expect(limiter.take('b').allowed).toBe(true);
    now += 57_000;
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('forgets idle clients', () => {
    const limiter = new SubmissionRateLimiter(2, 60_000, clock);
    limiter.take('x');
    limiter.take('y');
    now += 61_000;
    limiter.take('z');
    expect(limiter.trackedClients).toBe(1);
  });
});
