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
import { SubmissionsController } from './submissions.controller';
import { SubmissionRateGuard } from './submission-rate.guard';
import { SubmissionService } from './submission.service';
import { TrackingController } from './tracking.controller';
import { TrackingService } from './tracking.service';
import { TrackingThrottleService } from './tracking-throttle.service';

/** 意见收集: submission (named, anonymous via QR entry), idempotency, the sealed contact, and tracking by code + secret. */
@Module({
  imports: [AttachmentsModule, CalendarModule, DuplicatesModule, ProjectsModule],
  controllers: [EntryController, SubmissionsController, TrackingController, ContactController],
  providers: [...INTAKE_CIPHERS, IntakeRepository, IdempotencyService, SubmissionService, TrackingService, TrackingThrottleService, ContactRevealService, SubmissionRateGuard],
})
export class IntakeModule {}
