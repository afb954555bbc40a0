// Public tracking for anonymous requesters: code + secret → status in plain words, the public timeline, and for a
// merged request the progress and result of the request it follows, with whether they may answer now.
import { Inject, Injectable } from '@nestjs/common';
import type { TrackedRequest } from '@banshishi/contracts';
import { REQUEST_STATUS_LABELS, availableActions, requestWorkflow, type Actor } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import { APP_SECRET } from '../../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectViewsService } from '../projects/project-views.service';
import { AttachmentsRepository } from '../attachments/attachments.repository';
import { RequestViewsService } from '../requests/request-views.service';
import { RequestsRepository } from '../requests/requests.repository';
import { toTrackedEvent } from '../requests/tracked-event';
import { REQUEST_CODE_PATTERN } from './request-code';
import { trackingSecretMatches } from './tracking-secret';
import { TrackingThrottleService } from './tracking-throttle.service';

/** The anonymous requester, proven by code and secret, as the workflow sees them (as when they answer). */
const ANONYMOUS_REQUESTER: Actor = { id: null, roles: [], isRequester: true };

@Injectable()
export class TrackingService {
  constructor(
    private readonly repository: RequestsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly projects: ProjectViewsService,
    private readonly views: RequestViewsService,
    private readonly notifications: NotificationsService,
    private readonly throttle: TrackingThrottleService,
    @Inject(APP_SECRET) private readonly appSecret: string,
  ) {}

  /**
   * An unknown code and a wrong secret answer alike (404), after the same constant-time comparison, and count alike
   * against the code's and the client's limits (429 once used up).
   */
  async track(code: string, secret: string, ip: string): Promise<TrackedRequest> {
    const row = await this.throttle.attempt(code, ip, async () => {
      const found = REQUEST_CODE_PATTERN.test(code) ? await this.repository.byCode(code) : null;
      return trackingSecretMatches(secret, found?.trackingSecretHash ?? null, this.appSecret) ? found : null;
    });
    if (!row) throw new DomainError('NOT_FOUND', 'No request matches this code and secret');
    const timeline = await this.repository.timeline(row, true);
    const files = await this.attachments.forRequestByOrigin(row);
    const followed = row.status === 'merged' ? await this.repository.followState(row.id) : undefined;
    const state = { status: row.status, reopenCount: row.reopenCount, ...(followed ? { followed } : {}) };
    return {
      code: row.code,
      status: row.status,
      statusLabel: REQUEST_STATUS_LABELS[row.status].zh,
      categoryName: row.categoryName,
      categoryNameEn: row.categoryNameEn,
      title: row.title,
      submittedAt: row.submittedAt.toISOString(),
      responseDueAt: row.responseDueAt?.toISOString() ?? null,
      timeline: timeline.map((event) => toTrackedEvent(event)),
      notifications: await this.notifications.forTracking(row.id),
      attachments: files.own,
      notePhotos: files.notes,
      project: await this.projects.forRequest(row.id),
      // Merged: the request it went into — its progress and result are what this requester follows now.
      mergedInto: row.status === 'merged' ? await this.views.followedOf(row.id, false) : null,
      canAnswer: availableActions(requestWorkflow, state, ANONYMOUS_REQUESTER).includes('feedback'),
    };
  }
}
