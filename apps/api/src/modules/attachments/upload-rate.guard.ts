// Uploads without a login, per client address, apart from submissions (one request may carry 5 files): 30 in any 10 minutes.
import { Injectable } from '@nestjs/common';
import { AnonymousRateGuard } from '../../platform/rate-limit/anonymous-rate.guard';
import { RateLimiterService } from '../../platform/rate-limit/rate-limiter.service';
import type { RateLimit } from '../../platform/rate-limit/sliding-window';

export const UPLOAD_RATE_LIMIT: RateLimit = { bucket: 'upload', limit: 30, windowMs: 10 * 60 * 1000 };

@Injectable()
export class UploadRateGuard extends AnonymousRateGuard {
  constructor(limiter: RateLimiterService) {
    super(limiter, UPLOAD_RATE_LIMIT, 'uploads');
  }
}
