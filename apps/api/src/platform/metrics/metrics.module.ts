import { Global, Module } from '@nestjs/common';
import { MetricsHttpService } from './metrics-http.service';
import { MetricsService } from './metrics.service';

/** Prometheus metrics: GET /metrics when METRICS=on; MetricsService for the code that records something. */
@Global()
@Module({ providers: [MetricsService, MetricsHttpService], exports: [MetricsService] })
export class MetricsModule {}
