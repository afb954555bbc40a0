// Builds the configured HTTP application (used by main.ts and by the integration tests alike).
import fastifyCookie from '@fastify/cookie';
import fastifyMultipart from '@fastify/multipart';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { DataSource } from 'typeorm';
import { AppModule, AppRuntime } from './app.module';
import { migrate } from './database/migrate';
import { seedDemoData } from './database/seed/demo-data';
import { seedReferenceData } from './database/seed/reference-data';
import { MULTIPART_LIMITS } from './modules/attachments/attachment-upload';
import { serveWebApp } from './web-app';

export const BODY_LIMIT_BYTES = 1024 * 1024;

export async function createApp(runtime: AppRuntime): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({ bodyLimit: BODY_LIMIT_BYTES, trustProxy: runtime.config.trustProxy || false, genReqId: () => crypto.randomUUID() });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(runtime), adapter, { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api');
  await app.register(fastifyCookie);
  // Parsed only where a route asks for it (POST /api/attachments). preservePath keeps "../x" in file names, so they can be refused.
  await app.register(fastifyMultipart, { limits: MULTIPART_LIMITS, preservePath: true });

  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder().setTitle('banshishi 办实事 API').setDescription('意见收集 → 项目确定 → 精准实施 → 评估问效').setVersion('1').addBearerAuth().build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveWebApp(app, runtime.config.webDir);
  await migrate(app.get(DataSource), async (manager) => {
    await seedReferenceData(manager);
    if (runtime.config.seedDemo) await seedDemoData(manager, runtime.config.demoPassword, { requests: runtime.config.seedDemoRequests });
  });
  return app;
}
