import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CalendarModule } from '../calendar/calendar.module';
import { AnswersModule } from '../evaluation/answers/answers.module';
import { IntakeModule } from '../intake/intake.module';
import { ProjectsRepository } from '../projects/projects.repository';
import { RequestActionsController } from './request-actions.controller';
import { RequestActionsService } from './request-actions.service';
import { RequestEventEntity } from './request-event.entity';
import { RequestTimelineRepository } from './request-timeline.repository';
import { RequestTransitionsService } from './request-transitions.service';
import { RequestEntity } from './request.entity';
import { RequestsRepository } from './requests.repository';

/**
 * A request's life, in one home: the record and its timeline, and the one executor every status change goes
 * through (people's actions over HTTP, the requester's answer on /track, a project's completion, the clocks).
 * Global, so the stages that cause transitions (projects, evaluation, implementation) use the executor without
 * importing this module back.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RequestEntity, RequestEventEntity]), AnswersModule, AttachmentsModule, CalendarModule, IntakeModule],
  controllers: [RequestActionsController],
  // ProjectsRepository is a stateless SQL holder: link_project writes the project's side of a link through it.
  providers: [RequestTimelineRepository, RequestsRepository, RequestTransitionsService, RequestActionsService, ProjectsRepository],
  exports: [RequestTimelineRepository, RequestsRepository, RequestTransitionsService],
})
export class RequestsModule {}
