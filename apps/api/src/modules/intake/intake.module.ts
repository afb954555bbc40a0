import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { AttachmentsModule } from '../attachments/attachments.module';
import { ContactController } from './contact.controller';
import { ContactRevealService } from './contact-reveal.service';
import { ProjectsModule } from '../projects/projects.module';
import { DuplicatesModule } from './duplicates/duplicates.module';
import { EntryController } from './entry.controller';
import { IdempotencyService } from './idempotency.service';
import { InPersonClaimsModule } from './in-person/in-person-claims.module';
import { INTAKE_CIPHERS } from './intake-ciphers';
import { IntakeRepository } from './intake.repository';
import { SiteController } from './site.controller';
import { SubmissionsController } from './submissions.controller';
import { SubmissionRateGuard } from './submission-rate.guard';
import { SubmissionService } from './submission.service';
import { TrackingController } from './tracking.controller';
import { TrackingService } from './tracking.service';
import { TrackingThrottleService } from './tracking-throttle.service';

/** 意见收集: submission (named, anonymous via QR entry, in person by a cadre), idempotency, the sealed contact, tracking by code + secret, the public address. */
@Module({
  imports: [AttachmentsModule, CalendarModule, DuplicatesModule, ProjectsModule, InPersonClaimsModule],
  controllers: [EntryController, SubmissionsController, TrackingController, ContactController, SiteController],
  providers: [...INTAKE_CIPHERS, IntakeRepository, IdempotencyService, SubmissionService, TrackingService, TrackingThrottleService, ContactRevealService, SubmissionRateGuard],
})
export class IntakeModule {}
