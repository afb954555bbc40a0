import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AttachmentsModule } from '../attachments/attachments.module';
import { CalendarModule } from '../calendar/calendar.module';
import { AnswersModule } from '../evaluation/answers/answers.module';
import { ProjectsModule } from '../projects/projects.module';
import { RequestActionsController } from './request-actions.controller';
import { RequestActionsService } from './request-actions.service';
import { RequestEventEntity } from './request-event.entity';
import { RequestTimelineRepository } from './request-timeline.repository';
import { RequestTransitionsService } from './request-transitions.service';
import { RequestViewsService } from './request-views.service';
import { RequestsController } from './requests.controller';
import { RequestEntity } from './request.entity';
import { RequestsRepository } from './requests.repository';

/**
 * A request's life, in one home: the record, its SQL and timeline, the views (lists, counts, detail), and the one
 * executor every status change goes through (people's actions over HTTP, the requester's answer on /track, a
 * project's completion or cancellation, the clocks). Submission (intake) creates the record.
 * Global, so the stages that cause transitions (projects, evaluation, implementation) use the executor without
 * importing this module back.
 */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RequestEntity, RequestEventEntity]), AnswersModule, AttachmentsModule, CalendarModule, ProjectsModule],
  controllers: [RequestsController, RequestActionsController],
  providers: [RequestsRepository, RequestTimelineRepository, RequestTransitionsService, RequestActionsService, RequestViewsService],
  exports: [RequestsRepository, RequestTimelineRepository, RequestTransitionsService, RequestViewsService],
})
export class RequestsModule {}
