import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { ReadinessService } from './readiness.service';

/** Liveness (/api/health/live) and readiness (/api/health/ready, also /api/health). */
@Module({
  controllers: [HealthController],
  providers: [ReadinessService],
})
export class HealthModule {}
