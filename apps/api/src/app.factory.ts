// Builds the configured HTTP application (used by main.ts and by the integration tests alike).
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, AppRuntime } from './app.module';
import { registerCompression } from './common/http/compression';
import { FRAMEWORK_ERROR_OPTIONS } from './common/http/framework-errors';
import { registerInputCheck } from './common/input/input-check.hook';
import { migrate } from './database/migrate';
import { seedDemoData } from './database/seed/demo-data';
import { seedReferenceData } from './database/seed/reference-data';
import { MULTIPART_LIMITS } from './modules/attachments/attachment-upload';
import { buildOpenApiDocument } from './platform/openapi/openapi-document';
import { serveWebApp } from './web-app';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export async function createApp(runtime: AppRuntime): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: BODY_LIMIT_BYTES,
    trustProxy: runtime.config.trustProxy || false,
    genReqId: () => crypto.randomUUID(),
    ...FRAMEWORK_ERROR_OPTIONS,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(runtime), adapter, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  // Every body, query and path is checked once, before any route reads it (NUL, broken UTF-16, nesting depth).
  registerInputCheck(app.getHttpAdapter().getInstance());
  app.setGlobalPrefix('api');
  await registerCompression(app);
  await app.register(fastifyCookie);
  // Parsed only where a route asks for it (POST /api/attachments). preservePath keeps "../x" in file names, so they can be refused.
  await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS, preservePath: true });

  SwaggerModule.setup('api/docs', app, buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs-json' });

  await serveWebApp(app, runtime.config.webDir);
  await migrate(app.get(DataSource), async (manager) => {
    await seedReferenceData(manager);
    if (runtime.config.seedDemo) await seedDemoData(manager, runtime.config.demoPassword, { requests: runtime.config.seedDemoRequests });
  });
  return app;
}
