import { Module } from '@nestjs/common';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesRepository } from './duplicates.repository';
import { DuplicatesService } from './duplicates.service';
import { SimilarRateGuard } from './similar-rate.guard';

/** Duplicates (part of 意见收集): request terms, and similar open requests while typing and on triage. */
@Module({
  controllers: [DuplicatesController],
  providers: [DuplicatesRepository, DuplicatesService, SimilarRateGuard],
  exports: [DuplicatesService],
})
export class DuplicatesModule {}
