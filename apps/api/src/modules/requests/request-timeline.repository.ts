// Writes a request's status change and its timeline event together: both commit, or neither does.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestEvent, RequestState } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updateVersioned } from '../../common/database/update-versioned';
import { RequestEventEntity } from './request-event.entity';
import { storedPayload } from './request-event-row';
import { RequestEntity } from './request.entity';
import { runTransaction } from '../../common/database/run-transaction';

export interface RecordedTransition {
  requestId: string;
  /** the version the client saw; a different one in the database means someone else changed it (409) */
  version: number;
  state: RequestState;
  event: RequestEvent;
  /** other columns the action changes (handling unit on transfer, handler on assign…) */
  changes?: QueryDeepPartialEntity<RequestEntity>;
  /** false for internal notes the requester must not see */
  public?: boolean;
}

@Injectable()
export class RequestTimelineRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Runs in the caller's transaction when given one, otherwise in its own. */
  async record(transition: RecordedTransition, manager?: EntityManager): Promise<void> {
    if (!manager) return runTransaction(this.dataSource, (own) => this.record(transition, own));
    const { requestId, version, state, event } = transition;
    await updateVersioned(
      manager,
      RequestEntity,
      requestId,
      version,
      { ...transition.changes, status: state.status, reopenCount: state.reopenCount, updatedAt: () => 'now()' },
      'this request',
    );
    await manager.insert(RequestEventEntity, {
      requestId,
      action: event.action,
      fromStatus: event.from,
      toStatus: event.to,
      actorId: event.actorId,
      payload: storedPayload(event) as QueryDeepPartialEntity<Record<string, unknown>>,
      public: transition.public ?? true,
    });
  }
}
