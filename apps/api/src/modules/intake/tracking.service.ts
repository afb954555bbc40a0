// Public tracking for anonymous requesters: code + secret → status in plain words and the public timeline.
import { Inject, Injectable } from '@nestjs/common';
import type { TrackedRequest, TrackedRequestEvent } from '@banshishi/contracts';
import { REQUEST_STATUS_LABELS } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import { APP_SECRET } from '../../config/app-config';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectViewsService } from '../projects/project-views.service';
import { AttachmentsRepository } from '../attachments/attachments.repository';
import { RequestsRepository, type TimelineRow } from '../requests/requests.repository';
import { REQUEST_CODE_PATTERN } from './request-code';
import { trackingSecretMatches } from './tracking-secret';
import { TrackingThrottleService } from './tracking-throttle.service';

/** The payload fields that may be shown to the requester as the event's note. */
const NOTE_KEYS = ['note', 'reason', 'resolution'];

function toTrackedEvent(row: TimelineRow): TrackedRequestEvent {
  const event: TrackedRequestEvent = { action: row.action, toStatus: row.toStatus, at: row.at.toISOString() };
  const note = NOTE_KEYS.map((key) => row.payload[key]).find((value) => typeof value === 'string' && value !== '');
  if (typeof note === 'string') event.note = note;
  // A public progress note's photos (only public events reach here; internal notes' photos are not listed either).
  const attachmentIds = row.payload.attachmentIds;
  if (Array.isArray(attachmentIds) && attachmentIds.length > 0) event.attachmentIds = attachmentIds.filter((id): id is string => typeof id === 'string');
  return event;
}

@Injectable()
export class TrackingService {
  constructor(
    private readonly repository: RequestsRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly projects: ProjectViewsService,
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
    const timeline = await this.repository.timeline(row.id, true);
    return {
      code: row.code,
      status: row.status,
      statusLabel: REQUEST_STATUS_LABELS[row.status].zh,
      categoryName: row.categoryName,
      title: row.title,
      submittedAt: row.submittedAt.toISOString(),
      responseDueAt: row.responseDueAt?.toISOString() ?? null,
      timeline: timeline.map(toTrackedEvent),
      notifications: await this.notifications.forTracking(row.id),
      attachments: await this.attachments.forRequest(row.id),
      project: await this.projects.forRequest(row.id),
    };
  }
}
