import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RequestEventEntity } from './request-event.entity';
import { RequestTimelineRepository } from './request-timeline.repository';
import { RequestEntity } from './request.entity';

/** The request record and its timeline, shared by the four stages (intake, triage, implementation, evaluation). */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([RequestEntity, RequestEventEntity])],
  providers: [RequestTimelineRepository],
  exports: [RequestTimelineRepository],
})
export class RequestsModule {}
