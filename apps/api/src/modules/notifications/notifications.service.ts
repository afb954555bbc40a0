// Notifications: written in the transaction of what caused them (an action, a clock event), e-mailed after commit.
import { Injectable } from '@nestjs/common';
import type { NotificationItem, NotificationPage, TrackedNotification } from '@banshishi/contracts';
import type { RequestAction, RequestEvent } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthUser } from '../identity/auth-user';
import { EmailDeliveryService } from './email/email-delivery.service';
import { notificationText } from './notification-text';
import { NotificationsRepository, type NotificationDraft, type NotifiedRequest } from './notifications.repository';
import type { ListNotificationsQuery } from './dto/list-notifications.query';

const CURSOR = /^\d{1,18}$/;
/** The request actions that tell someone (see forTransition). */
const NOTIFYING_ACTIONS: readonly RequestAction[] = ['assign', 'supervise', 'note', 'resolve', 'feedback', 'return_visit', 'close_unrated', 'unlink_project'];
/** What the requester is told when the answer window passed without an answer. */
const CLOSED_UNRATED_NOTE = '评价期已过，诉求已自动完结。如问题仍未解决，欢迎再次提出诉求。';

@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly email: EmailDeliveryService,
  ) {}

  /**
   * The notifications a request transition causes, whoever carried it out (a person, the requester, a project's
   * completion, a clock); called by the executor inside the transition's transaction. An anonymous requester's
   * notifications have no recipient and are read on the tracking page.
   */
  async forTransition(manager: EntityManager, request: { id: string }, event: RequestEvent): Promise<void> {
    if (!NOTIFYING_ACTIONS.includes(event.action)) return;
    const subject = await this.repository.request(manager, request.id);
    if (!subject) return;
    const drafts: NotificationDraft[] = [];
    const payload = event.payload as Record<string, unknown>;
    const text = (key: string) => (typeof payload[key] === 'string' ? (payload[key] as string) : undefined);
    const toRequester = (kind: 'progress' | 'answer_requested', detail?: string) =>
      drafts.push({ kind, recipientId: subject.requesterId, requestId: subject.id, ...notificationText(kind, subject, detail) });

    switch (event.action) {
      case 'assign':
        drafts.push({ kind: 'assigned', recipientId: text('handlerId') ?? null, requestId: subject.id, ...notificationText('assigned', subject) });
        break;
      case 'supervise':
        for (const recipientId of await this.handlerOrCadres(manager, subject)) {
          drafts.push({ kind: 'supervised', recipientId, requestId: subject.id, ...notificationText('supervised', subject, `${text('note')}（限 ${text('deadline')} 前）`) });
        }
        break;
      case 'note':
        if (payload.public === true) toRequester('progress', text('note'));
        break;
      case 'resolve':
        toRequester('progress', text('resolution'));
        toRequester('answer_requested');
        break;
      case 'close_unrated':
        toRequester('progress', CLOSED_UNRATED_NOTE);
        break;
      case 'unlink_project':
        toRequester('progress', `所在的实事项目已取消（${text('reason')}），您的诉求转回继续办理。`);
        break;
      case 'feedback':
      case 'return_visit':
        // 重办: the answer sent it back to the handler
        if (event.to === 'in_progress' && subject.handlerId) {
          drafts.push({ kind: 'request_reopened', recipientId: subject.handlerId, requestId: subject.id, ...notificationText('request_reopened', subject, text('comment')) });
        }
        break;
      default:
        break;
    }
    await this.notify(
      manager,
      drafts.filter((draft) => draft.recipientId !== null || draft.requestId !== null),
    );
  }

  /**
   * DOMAIN: a merged request follows the one it was merged into. Its requester is told of that request's public
   * progress and its resolution, and asked for their own answer — on their own request (in-app, or on /track for an
   * anonymous one). Called by the executor beside forTransition, in the same transaction.
   */
  async forFollowers(manager: EntityManager, requestId: string, event: RequestEvent): Promise<void> {
    const payload = event.payload as Record<string, unknown>;
    const news = event.action === 'resolve' ? payload.resolution : event.action === 'note' && payload.public === true ? payload.note : undefined;
    if (typeof news !== 'string') return;
    const drafts: NotificationDraft[] = [];
    for (const follower of await this.repository.followers(manager, requestId)) {
      const base = { recipientId: follower.requesterId, requestId: follower.id };
      drafts.push({ kind: 'progress', ...base, ...notificationText('progress', follower, news) });
      if (event.action === 'resolve') drafts.push({ kind: 'answer_requested', ...base, ...notificationText('answer_requested', follower) });
    }
    if (drafts.length > 0) await this.notify(manager, drafts);
  }

  /** The handler, or when there is none the cadres of the handling unit (the nearest level that has some). */
  async handlerOrCadres(manager: EntityManager, request: NotifiedRequest): Promise<string[]> {
    return request.handlerId ? [request.handlerId] : this.repository.nearestHolders(manager, request.handlingUnitId, 'cadre');
  }

  /** The leaders over a unit (the nearest level that has some), or over its parent unit for 督办 from above. */
  leadersOver(manager: EntityManager, unitId: string, parent: boolean): Promise<string[]> {
    return this.repository.nearestHolders(manager, unitId, 'leader', parent);
  }

  async notify(manager: EntityManager, drafts: NotificationDraft[]): Promise<void> {
    const withEmail = await this.repository.insert(manager, drafts);
    await this.email.queue(manager, withEmail);
  }

  async list(user: AuthUser, query: ListNotificationsQuery): Promise<NotificationPage> {
    let before: string | null = null;
    if (query.cursor !== undefined) {
      const decoded = Buffer.from(query.cursor, 'base64url').toString('utf8');
      if (!CURSOR.test(decoded)) {
        const message = 'cursor must be the nextCursor of a previous page';
        throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'cursor', message }] });
      }
      before = decoded;
    }
    const limit = query.limit ?? 20;
    const items = await this.repository.list(user.id, { before, limit: limit + 1, unread: query.unread === true });
    const page = items.slice(0, limit);
    const nextCursor = items.length > limit ? Buffer.from(page[page.length - 1].id, 'utf8').toString('base64url') : null;
    return { items: page, nextCursor, unreadCount: await this.repository.unreadCount(user.id) };
  }

  async unreadCount(user: AuthUser): Promise<{ unreadCount: number }> {
    return { unreadCount: await this.repository.unreadCount(user.id) };
  }

  async markRead(user: AuthUser, id: string): Promise<NotificationItem> {
    const item = CURSOR.test(id) ? await this.repository.markRead(user.id, id) : null;
    if (!item) throw new DomainError('NOT_FOUND', 'No such notification');
    return item;
  }

  async markAllRead(user: AuthUser): Promise<{ marked: number; unreadCount: number }> {
    const marked = await this.repository.markAllRead(user.id);
    return { marked, unreadCount: 0 };
  }

  forTracking(requestId: string): Promise<TrackedNotification[]> {
    return this.repository.forRequester(requestId);
  }
}
