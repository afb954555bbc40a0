import { Module } from '@nestjs/common';
import { PartitionMaintenanceJob } from './partition-maintenance.job';
import { PartitionsService } from './partitions.service';

/** Monthly partitions: the daily job that makes the months ahead, and PartitionsService for the bulk loader and tests. */
@Module({ providers: [PartitionsService, PartitionMaintenanceJob], exports: [PartitionsService] })
export class PartitionsModule {}
