// The application: validated config, database, logging, validation, one error filter, and the feature modules.
import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import type { IncomingMessage } from 'node:http';
import { APP_CONFIG, APP_SECRET, AppConfig } from './config/app-config';
import { dataSourceOptions } from './database/data-source';
import { ErrorFilter } from './common/filters/error.filter';
import { createValidationPipe } from './common/pipes/validation.pipe';
import { AuditModule } from './modules/audit/audit.module';
import { CalendarModule } from './modules/calendar/calendar.module';
import { CategoriesModule } from './modules/categories/categories.module';
import { EvaluationModule } from './modules/evaluation/evaluation.module';
import { FederationModule } from './modules/federation/federation.module';
import { GuideModule } from './modules/guide/guide.module';
import { HealthModule } from './modules/health/health.module';
import { IdentityModule } from './modules/identity/identity.module';
import { ClockModule } from './platform/clock/clock.module';
import { ImplementationModule } from './modules/implementation/implementation.module';
import { JobsModule } from './platform/jobs/jobs.module';
import { RateLimitModule } from './platform/rate-limit/rate-limit.module';
import { MetricsModule } from './platform/metrics/metrics.module';
import { PartitionsModule } from './platform/partitions/partitions.module';
import { ReplicasModule } from './platform/replicas/replicas.module';
import { StorageModule } from './platform/storage/storage.module';
import { WorkspaceModule } from './modules/implementation/workspace/workspace.module';
import { IntakeModule } from './modules/intake/intake.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { RequestsModule } from './modules/requests/requests.module';

export interface AppRuntime {
  config: AppConfig;
  databaseUrl: string;
  appSecret: string;
  /** Where JSON logs go (stdout when absent); tests read them to prove what is never logged. */
  logStream?: NodeJS.WritableStream;
}

/** Request logs carry no IP address and no query string (tracking secrets travel there). */
function requestSummary(req: IncomingMessage & { id?: unknown }) {
  return { id: req.id, method: req.method, url: (req.url ?? '').split('?')[0] };
}

@Module({})
export class AppModule {
  static forRoot(runtime: AppRuntime): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot({
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: [
            {
              level: runtime.config.logLevel,
              serializers: { req: requestSummary, res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }) },
            },
            runtime.logStream ?? process.stdout,
          ],
        }),
        TypeOrmModule.forRoot({ ...dataSourceOptions(runtime.databaseUrl), autoLoadEntities: true }),
        HealthModule,
        GuideModule,
        AuditModule,
        IdentityModule,
        CategoriesModule,
        CalendarModule,
        RequestsModule,
        IntakeModule,
        ProjectsModule,
        WorkspaceModule,
        ClockModule,
        RateLimitModule,
        JobsModule,
        MetricsModule,
        PartitionsModule,
        ReplicasModule,
        StorageModule,
        NotificationsModule,
        ImplementationModule,
        EvaluationModule,
        FederationModule,
      ],
      providers: [
        { provide: APP_CONFIG, useValue: runtime.config },
        { provide: APP_SECRET, useValue: runtime.appSecret },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ErrorFilter },
      ],
      exports: [APP_CONFIG, APP_SECRET],
    };
  }
}
