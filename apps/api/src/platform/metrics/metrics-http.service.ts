// The HTTP side of the metrics, on Fastify itself: every response timed by its route pattern, and GET /metrics at
// the root (outside the /api prefix and the guards; registered even when off, so the web app's fallback never answers it).
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { metricsAccess } from './metrics-access';
import { MetricsService } from './metrics.service';

export const METRICS_PATH = '/metrics';

@Injectable()
export class MetricsHttpService implements OnModuleInit {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly metrics: MetricsService,
  ) {}

  /** Runs while the application initialises, before Fastify is ready (routes and hooks can still be added). */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (this.config.metrics) {
      fastify.addHook('onResponse', (request, reply, done) => {
        this.metrics.observeHttp(request.method, request.routeOptions.url, reply.statusCode, reply.elapsedTime);
        done();
      });
    }
    fastify.get(METRICS_PATH, async (request, reply) => {
      switch (metricsAccess(this.config.metrics, request.headers.authorization)) {
        case 'off':
          return reply.code(404).send({ code: 'NOT_FOUND', message: `Cannot GET ${METRICS_PATH}` });
        case 'unauthorized':
          return reply.code(401).header('WWW-Authenticate', 'Bearer').send({ code: 'UNAUTHENTICATED', message: 'Metrics need Authorization: Bearer <METRICS_TOKEN>' });
        case 'allowed':
          return reply
            .header('Content-Type', this.metrics.contentType)
            .header('Cache-Control', 'no-store')
            .send(await this.metrics.render());
      }
    });
  }
}
