// The anonymous requester's answer from the tracking page (code + secret): the workflow's `feedback` carried out by
// the one executor, with an actor that is the requester and nobody else.
import { Inject, Injectable } from '@nestjs/common';
import type { RequestStatus } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import { APP_SECRET } from '../../config/app-config';
import { REQUEST_CODE_PATTERN } from '../intake/request-code';
import { trackingSecretMatches } from '../intake/tracking-secret';
import { TrackingThrottleService } from '../intake/tracking-throttle.service';
import { RequestTransitionsService } from '../requests/request-transitions.service';
import { RequestsRepository } from '../requests/requests.repository';

export interface TrackAnswer {
  secret: string;
  resolved: string;
  satisfaction: string;
  comment?: string;
}

@Injectable()
export class TrackFeedbackService {
  constructor(
    private readonly requests: RequestsRepository,
    private readonly transitions: RequestTransitionsService,
    private readonly throttle: TrackingThrottleService,
    @Inject(APP_SECRET) private readonly appSecret: string,
  ) {}

  /** Wrong code or secret: 404, as on the tracking page, counted against the same limits (429); not waiting for an answer: 422. */
  async answer(code: string, answer: TrackAnswer, ip: string): Promise<{ code: string; status: RequestStatus }> {
    const found = await this.throttle.attempt(code, ip, async () => {
      const row = REQUEST_CODE_PATTERN.test(code) ? await this.requests.byCode(code) : null;
      return trackingSecretMatches(answer.secret, row?.trackingSecretHash ?? null, this.appSecret) ? row : null;
    });
    if (!found) throw new DomainError('NOT_FOUND', 'No request matches this code and secret');
    const input = { resolved: answer.resolved, satisfaction: answer.satisfaction, ...(answer.comment ? { comment: answer.comment } : {}) };
    const done = await this.transitions.carryOut({ requestId: found.id, action: 'feedback', input, by: { kind: 'anonymous_requester' } });
    return { code, status: done.state.status };
  }
}
