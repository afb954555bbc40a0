// Uploads nobody linked (a phone that uploaded a photo and never submitted) are deleted once they can no longer be
// linked (UNLINKED_TTL): a pg-boss job every hour, shared by all replicas.
import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../../platform/jobs/jobs.service';
import { AttachmentsService } from './attachments.service';

export const ABANDONED_UPLOADS_JOB = 'abandoned-uploads';

@Injectable()
export class AbandonedUploadsJob implements OnModuleInit {
  private readonly logger = new Logger('AbandonedUploads');

  constructor(
    private readonly jobs: JobsService,
    private readonly attachments: AttachmentsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: ABANDONED_UPLOADS_JOB,
      cron: '23 * * * *',
      retryLimit: 2,
      retryDelaySeconds: 60,
      handle: async () => {
        const swept = await this.attachments.sweepAbandoned();
        if (swept > 0) this.logger.log(`deleted ${swept} upload(s) never attached to anything`);
      },
    });
  }
}
