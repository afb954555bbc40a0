import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ContactController } from './contact.controller';
import { ContactRevealService } from './contact-reveal.service';
import { ProjectsModule } from '../projects/projects.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { EntryController } from './entry.controller';
import { IdempotencyService } from './idempotency.service';
import { INTAKE_CIPHERS } from './intake-ciphers';
import { IntakeRepository } from './intake.repository';
import { RequestViewsService } from './request-views.service';
import { RequestsController } from './requests.controller';
import { SubmissionRateGuard } from './submission-rate.guard';
import { SubmissionRateLimiter } from './submission-rate-limiter';
import { SubmissionService } from './submission.service';
import { TrackingController } from './tracking.controller';
import { TrackingService } from './tracking.service';

/** 意见收集: submission (named, anonymous via QR entry), idempotency, tracking and the request lists. */
@Module({
  imports: [AttachmentsModule, CalendarModule, DuplicatesModule, ProjectsModule],
  controllers: [EntryController, RequestsController, TrackingController, ContactController],
  providers: [
    ...INTAKE_CIPHERS,
    IntakeRepository,
    IdempotencyService,
    SubmissionService,
    RequestViewsService,
    TrackingService,
    ContactRevealService,
    SubmissionRateGuard,
    { provide: SubmissionRateLimiter, useFactory: () => new SubmissionRateLimiter() },
  ],
  exports: [RequestViewsService, AttachmentsModule],
})
export class IntakeModule {}
