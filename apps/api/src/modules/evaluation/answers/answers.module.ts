import { Module } from '@nestjs/common';
import { AnswersRepository } from './answers.repository';

/** The answers table on its own, so the request actions (triage) can write it without depending on the dashboard. */
@Module({
  providers: [AnswersRepository],
  exports: [AnswersRepository],
})
export class AnswersModule {}
