import { Module } from '@nestjs/common';
import { EvaluationRepository } from '../evaluation/evaluation.repository';
import { FederationController } from './federation.controller';
import { FederationService } from './federation.service';

/** 全总汇总 (docs/scaling.md “Federation”): the federation's read side; regions are added by tools/federation.mjs. */
@Module({
  controllers: [FederationController],
  providers: [FederationService, EvaluationRepository],
})
export class FederationModule {}
