// Guards the anonymous entry points (submission, upload, similar look-up) from floods: calls without a login are
// counted per client address in the shared limits; a logged-in caller is not counted.
import { CanActivate, ExecutionContext } from '@nestjs/common';
import type { AuthedRequest } from '../../modules/identity/auth.guard';
import { RateLimiterService } from './rate-limiter.service';
import type { RateLimit } from './sliding-window';

export abstract class AnonymousRateGuard implements CanActivate {
  protected constructor(
    private readonly limiter: RateLimiterService,
    private readonly limit: RateLimit,
    private readonly what: string,
  ) {}

  /** Runs after the global AuthGuard, so a logged-in caller is already known. */
  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthedRequest>();
    if (request.user) return true;
    await this.limiter.takeOrRefuse(this.limit, request.ip, `${this.what} from this device`);
    return true;
  }
}
