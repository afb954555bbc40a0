// Guards the anonymous look-up of similar requests from floods, per client address, in memory. It runs as a worker
// types, so it allows more than submission does, and counts separately so typing never uses up the right to submit.
import { CanActivate, ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { DomainError } from '../../../common/errors/domain-error';
import type { AuthedRequest } from '../../identity/auth.guard';
import { SubmissionRateLimiter } from '../submission-rate-limiter';

export const SIMILAR_RATE_LIMITER = Symbol('SIMILAR_RATE_LIMITER');
export const SIMILAR_LOOKUPS_PER_WINDOW = 60;

@Injectable()
export class SimilarRateGuard implements CanActivate {
  constructor(@Inject(SIMILAR_RATE_LIMITER) private readonly limiter: SubmissionRateLimiter) {}

  /** Runs after the global AuthGuard: a logged-in caller is known and not counted. */
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    if (request.user) return true;
    const decision = this.limiter.take(request.ip);
    if (!decision.allowed) {
      throw new DomainError('RATE_LIMITED', `Too many look-ups from this device: try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minutes`, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    return true;
  }
}
