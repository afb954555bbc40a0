// A sliding-window count of anonymous submissions per client address. Addresses live only in this process's memory:
// never logged, never stored. (With several API instances each counts on its own: the limit is per instance.)
export interface RateDecision {
  allowed: boolean;
  retryAfterSeconds: number;
}

export class SubmissionRateLimiter {
  private readonly hits = new Map<string, number[]>();
  private lastSweep = 0;

  constructor(
    readonly limit = 10,
    readonly windowMs = 10 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one attempt for `client`; refused attempts are not counted, so waiting always helps. */
  take(client: string): RateDecision {
    const now = this.now();
    this.sweep(now);
    const recent = (this.hits.get(client) ?? []).filter((at) => at > now - this.windowMs);
    if (recent.length >= this.limit) {
      this.hits.set(client, recent);
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000)) };
    }
    recent.push(now);
    this.hits.set(client, recent);
    return { allowed: true, retryAfterSeconds: 0 };
  }

  /** Forgets idle clients now and then, so memory stays bounded by the traffic of one window. */
  private sweep(now: number): void {
    if (now - this.lastSweep < this.windowMs) return;
    this.lastSweep = now;
    for (const [client, times] of this.hits) {
      if (times[times.length - 1] <= now - this.windowMs) this.hits.delete(client);
    }
  }

  get trackedClients(): number {
    return this.hits.size;
  }
}
