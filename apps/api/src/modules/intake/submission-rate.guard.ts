// Guards the anonymous entry points (submission, upload) from floods: calls without a login are counted per client address, in memory.
import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthedRequest } from '../identity/auth.guard';
import { SubmissionRateLimiter } from './submission-rate-limiter';

/** Counts calls without a login per client address against a limiter; a logged-in caller is not counted. */
export abstract class AnonymousRateGuard implements CanActivate {
  protected constructor(
    private readonly limiter: SubmissionRateLimiter,
    private readonly what: string,
  ) {}

  /** Runs after the global AuthGuard, so a logged-in caller is already known and is not counted here. */
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    if (request.user) return true;
    const decision = this.limiter.take(request.ip);
    if (!decision.allowed) {
      throw new DomainError('RATE_LIMITED', `Too many ${this.what} from this device: try again in ${Math.ceil(decision.retryAfterSeconds / 60)} minutes`, {
        retryAfterSeconds: decision.retryAfterSeconds,
      });
    }
    return true;
  }
}

@Injectable()
export class SubmissionRateGuard extends AnonymousRateGuard {
  constructor(limiter: SubmissionRateLimiter) {
    super(limiter, 'submissions');
  }
}
