// The anonymous look-up of similar requests, per client address. It runs as a worker types, so it allows more than
// submission does, and counts separately so typing never uses up the right to submit.
import { Injectable } from '@nestjs/common';
import { AnonymousRateGuard } from '../../../platform/rate-limit/anonymous-rate.guard';
import { RateLimiterService } from '../../../platform/rate-limit/rate-limiter.service';
import type { RateLimit } from '../../../platform/rate-limit/sliding-window';

export const SIMILAR_RATE_LIMIT: RateLimit = { bucket: 'similar', limit: 60, windowMs: 10 * 60 * 1000 };

@Injectable()
export class SimilarRateGuard extends AnonymousRateGuard {
  constructor(limiter: RateLimiterService) {
    super(limiter, SIMILAR_RATE_LIMIT, 'look-ups');
  }
}
