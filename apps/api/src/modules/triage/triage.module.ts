import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { AnswersModule } from '../evaluation/answers/answers.module';
import { IntakeModule } from '../intake/intake.module';
import { ProjectsModule } from '../projects/projects.module';
import { RequestActionsController } from './request-actions.controller';
import { RequestActionsService } from './request-actions.service';
import { TriageRepository } from './triage.repository';

/** 项目确定, requests side: accept, reject, transfer, merge, assign, notes… every action through libs/workflow. */
@Module({
  imports: [AnswersModule, CalendarModule, IntakeModule, ProjectsModule],
  controllers: [RequestActionsController],
  providers: [RequestActionsService, TriageRepository],
})
export class TriageModule {}
