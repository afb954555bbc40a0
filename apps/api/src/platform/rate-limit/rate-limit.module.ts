import { Global, Module } from '@nestjs/common';
import { RateLimitRepository } from './rate-limit.repository';
import { RateLimiterService } from './rate-limiter.service';

/** The shared rate limits (PostgreSQL), for every guard and service that counts attempts per client or per code. */
@Global()
@Module({
  providers: [RateLimitRepository, RateLimiterService],
  exports: [RateLimiterService],
})
export class RateLimitModule {}
