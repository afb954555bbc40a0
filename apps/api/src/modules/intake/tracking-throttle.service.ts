// Wrong tracking secrets (the /track page and its answer) are limited per request code and per client address, so a
// secret can neither be guessed from one device nor by spreading the guesses over many. The limits are shared by all
// replicas (PostgreSQL). Each try takes a place under both limits first, so concurrent guesses cannot overshoot; a
// right secret gives its places back, so it never counts — but over a limit even the right secret waits.
import { Injectable } from '@nestjs/common';
import { rateLimited, RateLimiterService } from '../../platform/rate-limit/rate-limiter.service';
import type { RateLimit } from '../../platform/rate-limit/sliding-window';

export const TRACK_CODE_RATE_LIMIT: RateLimit = { bucket: 'track-code', limit: 10, windowMs: 60 * 60 * 1000 };
export const TRACK_CLIENT_RATE_LIMIT: RateLimit = { bucket: 'track-client', limit: 30, windowMs: 15 * 60 * 1000 };

@Injectable()
export class TrackingThrottleService {
  constructor(private readonly limiter: RateLimiterService) {}

  /**
   * Runs `find` (code + secret → the request, or null when either is wrong) as one counted try for `code` and for the
   * client `ip`; 429 RATE_LIMITED (Retry-After) before `find` runs when either limit is used up.
   */
  async attempt<T>(code: string, ip: string, find: () => Promise<T | null>): Promise<T | null> {
    const forCode = await this.limiter.takeOrRefuse(TRACK_CODE_RATE_LIMIT, code, 'wrong secrets for this code');
    const forClient = await this.limiter.take(TRACK_CLIENT_RATE_LIMIT, ip);
    if (!forClient.allowed) {
      await this.limiter.giveBack(forCode);
      throw rateLimited('wrong secrets from this device', forClient.retryAfterSeconds);
    }
    let wrong = false;
    try {
      const found = await find();
      wrong = found === null;
      return found;
    } finally {
      // Only a wrong code or secret keeps its places; a right one (or a failure on our side) gives them back.
      if (!wrong) await Promise.all([this.limiter.giveBack(forCode), this.limiter.giveBack(forClient.slot)]);
    }
  }
}
