// The anonymous requester's answer from the tracking page (code + secret): the workflow's `feedback` with an actor
// that is the requester and nobody else, in one transaction with its timeline event, notifications and stored answer.
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { applyTransition, requestWorkflow, type Actor, type RequestStatus } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { transitionError } from '../../common/errors/transition-error';
import { APP_SECRET } from '../../config/app-config';
import { Clock } from '../../platform/clock/clock';
import { REQUEST_CODE_PATTERN } from '../intake/request-code';
import { trackingSecretMatches } from '../intake/tracking-secret';
import { NotificationsService } from '../notifications/notifications.service';
import { RequestTimelineRepository } from '../requests/request-timeline.repository';
import { AnswersRepository } from './answers/answers.repository';
import { answerChanges } from '../requests/answer-changes';

export interface TrackAnswer {
  secret: string;
  resolved: string;
  satisfaction: string;
  comment?: string;
}

const ANONYMOUS_REQUESTER: Actor = { id: null, roles: [], isRequester: true };

@Injectable()
export class TrackFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly timeline: RequestTimelineRepository,
    private readonly notifications: NotificationsService,
    private readonly answers: AnswersRepository,
    private readonly clock: Clock,
    @Inject(APP_SECRET) private readonly appSecret: string,
  ) {}

  /** Wrong code or secret: 404, as on the tracking page; not waiting for an answer: 422. */
  async answer(code: string, answer: TrackAnswer): Promise<{ code: string; status: RequestStatus }> {
    const [found]: { id: string; hash: string | null }[] = REQUEST_CODE_PATTERN.test(code)
      ? await this.dataSource.query(`SELECT id, tracking_secret_hash AS hash FROM request WHERE code = $1`, [code])
      : [];
    if (!trackingSecretMatches(answer.secret, found?.hash ?? null, this.appSecret) || !found) {
      throw new DomainError('NOT_FOUND', 'No request matches this code and secret');
    }
    const input = { resolved: answer.resolved, satisfaction: answer.satisfaction, ...(answer.comment ? { comment: answer.comment } : {}) };
    await this.clock.sync();
    return this.dataSource.transaction(async (manager) => {
      const [request]: { id: string; status: RequestStatus; reopenCount: number; version: number }[] = await manager.query(
        `SELECT id, status, reopen_count AS "reopenCount", version FROM request WHERE id = $1 FOR UPDATE`,
        [found.id],
      );
      const result = applyTransition(requestWorkflow, { status: request.status, reopenCount: request.reopenCount }, 'feedback', ANONYMOUS_REQUESTER, input);
      if (!result.ok) throw transitionError(result.error);
      const now = this.clock.now();
      const changes = answerChanges(result.state.status, now);
      await this.timeline.record({ requestId: request.id, version: request.version, state: result.state, event: result.event, changes, public: true }, manager);
      await this.notifications.forTransition(manager, request, result.event);
      await this.answers.record(manager, { requestId: request.id, event: result.event, round: request.reopenCount, recordedBy: null, at: now });
      return { code, status: result.state.status };
    });
  }
}
