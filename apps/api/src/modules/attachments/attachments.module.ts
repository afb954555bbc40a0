import { Module } from '@nestjs/common';
import { IntakeRepository } from '../intake/intake.repository';
import { AbandonedUploadsJob } from './abandoned-uploads.job';
import { AttachmentsController } from './attachments.controller';
import { AttachmentsRepository } from './attachments.repository';
import { AttachmentsService } from './attachments.service';
import { UploadRateGuard } from './upload-rate.guard';

/**
 * Photos and PDFs: upload, linking (submission, progress notes, milestone evidence) and reading. Its own module so
 * that intake and projects both link through the one AttachmentsService without importing each other. Uploads never
 * linked are swept by AbandonedUploadsJob; the bytes live in the UploadStorage (disk or PostgreSQL).
 */
@Module({
  controllers: [AttachmentsController],
  // IntakeRepository only for the entry-token lookup of anonymous uploads; it is a stateless SQL holder.
  providers: [AbandonedUploadsJob, AttachmentsRepository, AttachmentsService, IntakeRepository, UploadRateGuard],
  exports: [AttachmentsRepository, AttachmentsService],
})
export class AttachmentsModule {}
