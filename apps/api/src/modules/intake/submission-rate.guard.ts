// Anonymous submissions (QR entry), per client address: 10 in any 10 minutes, across all replicas.
import { Injectable } from '@nestjs/common';
import { AnonymousRateGuard } from '../../platform/rate-limit/anonymous-rate.guard';
import { RateLimiterService } from '../../platform/rate-limit/rate-limiter.service';
import type { RateLimit } from '../../platform/rate-limit/sliding-window';

export const SUBMISSION_RATE_LIMIT: RateLimit = { bucket: 'submission', limit: 10, windowMs: 10 * 60 * 1000 };

@Injectable()
export class SubmissionRateGuard extends AnonymousRateGuard {
  constructor(limiter: RateLimiterService) {
    super(limiter, SUBMISSION_RATE_LIMIT, 'submissions');
  }
}
