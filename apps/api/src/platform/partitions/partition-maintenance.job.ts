// Every hour (a pg-boss cron, run by one instance of all replicas): the months ahead of every monthly-partitioned
// table are made, a DEFAULT partition's few rows moved to their months, and what stays there reported. A run with
// nothing to make changes no table.
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { JobsService } from '../jobs/jobs.service';
import { PartitionsService } from './partitions.service';

export const PARTITION_MAINTENANCE_JOB = 'partition-maintenance';

@Injectable()
export class PartitionMaintenanceJob implements OnModuleInit {
  constructor(
    private readonly jobs: JobsService,
    private readonly partitions: PartitionsService,
  ) {}

  onModuleInit(): void {
    this.jobs.define({
      name: PARTITION_MAINTENANCE_JOB,
      cron: '41 * * * *',
      retryLimit: 5,
      retryDelaySeconds: 300,
      handle: async () => {
        await this.partitions.maintain();
      },
    });
  }
}
