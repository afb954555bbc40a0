// Guards the anonymous entry from floods: submissions without a login are counted per client address, in memory.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthedRequest } from '../identity/auth.guard';
import { SubmissionRateLimiter } from './submission-rate-limiter';

@Injectable()
export class SubmissionRateGuard implements CanActivate {
  constructor(private readonly limiter: SubmissionRateLimiter) {}

  /** Runs after the global AuthGuard, so a logged-in caller is already known and is not counted here. */
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    if (request.user) return true;
    const decision = this.limiter.take(request.ip);
    if (!decision.allowed) {
      throw new DomainError('RATE_LIMITED', `Too many submissions from this device: try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minutes`, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    return true;
  }
}
