import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { AttachmentsController } from './attachments/attachments.controller';
import { AttachmentsRepository } from './attachments/attachments.repository';
import { AttachmentsService } from './attachments/attachments.service';
import { UPLOAD_RATE_LIMITER, UploadRateGuard } from './attachments/upload-rate.guard';
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
  imports: [CalendarModule, DuplicatesModule, ProjectsModule],
  controllers: [EntryController, RequestsController, TrackingController, ContactController, AttachmentsController],
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
    AttachmentsRepository,
    AttachmentsService,
    UploadRateGuard,
    { provide: UPLOAD_RATE_LIMITER, useFactory: () => new SubmissionRateLimiter(30) },
  ],
  exports: [RequestViewsService],
})
export class IntakeModule {}
