import { Module } from '@nestjs/common';
import { SubmissionRateLimiter } from '../submission-rate-limiter';
import { DuplicatesController } from './duplicates.controller';
import { DuplicatesRepository } from './duplicates.repository';
import { DuplicatesService } from './duplicates.service';
import { SIMILAR_LOOKUPS_PER_WINDOW, SIMILAR_RATE_LIMITER, SimilarRateGuard } from './similar-rate.guard';

/** Duplicates (part of 意见收集): request terms, and similar open requests while typing and on triage. */
@Module({
  controllers: [DuplicatesController],
  providers: [
    DuplicatesRepository,
    DuplicatesService,
    SimilarRateGuard,
    { provide: SIMILAR_RATE_LIMITER, useFactory: () => new SubmissionRateLimiter(SIMILAR_LOOKUPS_PER_WINDOW) },
  ],
  exports: [DuplicatesService],
})
export class DuplicatesModule {}
