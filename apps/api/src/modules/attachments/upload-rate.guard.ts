// Uploads without a login are counted per client address, apart from submissions (one request may carry 5 files).
import { Inject, Injectable } from '@nestjs/common';
import { AnonymousRateGuard } from '../intake/submission-rate.guard';
import { SubmissionRateLimiter } from '../intake/submission-rate-limiter';

export const UPLOAD_RATE_LIMITER = Symbol('UPLOAD_RATE_LIMITER');

@Injectable()
export class UploadRateGuard extends AnonymousRateGuard {
  constructor(@Inject(UPLOAD_RATE_LIMITER) limiter: SubmissionRateLimiter) {
    super(limiter, 'uploads');
  }
}
