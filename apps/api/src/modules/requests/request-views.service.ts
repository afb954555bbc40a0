// Reading requests: the scoped list for cadres and leaders, 我的诉求 for a worker, and the detail view.
import { Injectable } from '@nestjs/common';
import type { FollowedRequest, MergedDuplicate, Page, RequestCounts, RequestDetail, RequestListItem, RequestTimelineEntry } from '@banshishi/contracts';
import { REQUEST_OPEN_STATUSES, REQUEST_STATUS_LABELS, availableActions, requestWorkflow, type Actor, type Role } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { ProjectViewsService } from '../projects/project-views.service';
import { AttachmentsRepository } from '../attachments/attachments.repository';
import type { ListMyRequestsQuery, ListRequestsQuery, RequestCountsQuery } from './dto/list-requests.query';
import { RequestsRepository, type RequestRow, type TimelineRow } from './requests.repository';
import { decodeRequestCursor, encodeRequestCursor } from './request-cursor';
import { ANSWER_ACTIONS, isFollowedEvent, toTrackedEvent } from './tracked-event';

/** Who sees requests (and internal notes) of the units in their subtree. */
export const STAFF_ROLES: readonly Role[] = ['cadre', 'leader'];
const DEFAULT_LIMIT = 20;
/** What a requester may read of a public event's payload. */
const PUBLIC_PAYLOAD_KEYS = ['note', 'reason', 'resolution', 'deadline', 'attachmentIds'];
/** …and of an answer event: the answer itself, theirs (given here, or to a cadre on a 回访). */
const ANSWER_PAYLOAD_KEYS = [...PUBLIC_PAYLOAD_KEYS, 'resolved', 'satisfaction', 'comment', 'channel'];

export function toListItem(row: RequestRow): RequestListItem {
  return {
    id: row.id,
    code: row.code,
    status: row.status,
    statusLabel: REQUEST_STATUS_LABELS[row.status].zh,
    anonymous: row.anonymous,
    title: row.title,
    categoryId: row.categoryId,
    categoryName: row.categoryName,
    categoryNameEn: row.categoryNameEn,
    handlingUnitId: row.handlingUnitId,
    handlingUnitName: row.handlingUnitName,
    submittedAt: row.submittedAt.toISOString(),
    responseDueAt: row.responseDueAt?.toISOString() ?? null,
    dueAt: row.dueAt?.toISOString() ?? null,
    version: row.version,
    overdue: row.overdue,
    dueSoon: row.dueSoon,
  };
}

function toTimelineEntry(row: TimelineRow, staff: boolean): RequestTimelineEntry {
  const keys = ANSWER_ACTIONS.has(row.action) ? ANSWER_PAYLOAD_KEYS : PUBLIC_PAYLOAD_KEYS;
  const payload = staff ? row.payload : Object.fromEntries(Object.entries(row.payload).filter(([key]) => keys.includes(key)));
  return {
    action: row.action,
    fromStatus: row.fromStatus,
    toStatus: row.toStatus,
    at: row.at.toISOString(),
    actorName: staff ? row.actorName : null,
    public: row.public,
    payload,
  };
}

@Injectable()
export class RequestViewsService {
  constructor(
    private readonly repository: RequestsRepository,
    private readonly scope: ScopeService,
    private readonly attachments: AttachmentsRepository,
    private readonly projects: ProjectViewsService,
  ) {}

  async list(user: AuthUser, query: ListRequestsQuery): Promise<Page<RequestListItem>> {
    const unitPath = query.unitId ? (await this.scope.unitInScope(user, query.unitId, STAFF_ROLES)).path : undefined;
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.repository.list({
      unitIds: await this.scope.unitIds(user, STAFF_ROLES, unitPath),
      status: query.status,
      categoryId: query.categoryId,
      q: query.q,
      overdue: query.overdue,
      anonymous: query.anonymous,
      sort: query.sort,
      cursor: query.cursor ? decodeRequestCursor(query.cursor) : undefined,
      limit,
    });
    return this.page(rows, limit, query.sort);
  }

  /** The inbox header: open requests per status, and how many are overdue or nearly so, in the caller's scope. */
  async counts(user: AuthUser, query: RequestCountsQuery): Promise<RequestCounts> {
    const unitPath = query.unitId ? (await this.scope.unitInScope(user, query.unitId, STAFF_ROLES)).path : undefined;
    const rows = await this.repository.counts(await this.scope.unitIds(user, STAFF_ROLES, unitPath));
    const byStatus = Object.fromEntries(REQUEST_OPEN_STATUSES.map((status) => [status, 0])) as RequestCounts['byStatus'];
    for (const row of rows) byStatus[row.status] = row.count;
    return { byStatus, overdue: rows.reduce((sum, row) => sum + row.overdue, 0), dueSoon: rows.reduce((sum, row) => sum + row.dueSoon, 0) };
  }

  /** 我的诉求: the caller's real-name requests (anonymous ones are followed by code and secret instead). */
  async mine(user: AuthUser, query: ListMyRequestsQuery): Promise<Page<RequestListItem>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const rows = await this.repository.list({ requesterId: user.id, cursor: query.cursor ? decodeRequestCursor(query.cursor) : undefined, limit });
    return this.page(rows, limit);
  }

  /** The requester, or a cadre or leader over the handling unit; anyone else gets 404 as if it did not exist. */
  async detail(user: AuthUser, id: string): Promise<RequestDetail> {
    const row = await this.repository.detail(id);
    const roles = row ? this.scope.rolesOver(user, row.handlingUnitPath) : [];
    const staff = roles.some((role) => STAFF_ROLES.includes(role));
    const isRequester = row !== null && row.requesterId === user.id;
    if (!row || !(staff || isRequester)) throw new DomainError('NOT_FOUND', 'No such request');

    const actor: Actor = { id: user.id, roles, isRequester, isHandler: row.handlerId === user.id };
    // The rest of the view at once: independent reads, each on its own pooled connection, so their round trips overlap.
    const merged = row.status === 'merged';
    const [timeline, files, mergedInto, followed, project, duplicates] = await Promise.all([
      this.repository.timeline({ id, submittedAt: row.submittedAt }, !staff),
      this.attachments.forRequestByOrigin({ id, submittedAt: row.submittedAt }, staff),
      merged ? this.followedOf(id, staff) : null,
      // The answer a merged request's requester gives waits for what it follows (libs/workflow's guard reads this).
      merged ? this.repository.followState(id) : undefined,
      this.projects.forRequest(id),
      staff ? this.duplicates(id) : [],
    ]);
    return {
      ...toListItem(row),
      description: row.description,
      homeUnitId: row.homeUnitId,
      homeUnitName: row.homeUnitName,
      requesterId: row.requesterId,
      requesterName: row.requesterName,
      channel: row.channel,
      heardOn: row.heardOn,
      takenByName: row.takenByName,
      handlerId: row.handlerId,
      reopenCount: row.reopenCount,
      hasContact: staff && row.hasContact,
      responseWarnAt: row.responseWarnAt?.toISOString() ?? null,
      resolutionDueAt: row.resolutionDueAt?.toISOString() ?? null,
      extendedDays: row.extendedDays,
      pendingExtension: row.extensionDays !== null && staff ? { days: row.extensionDays, requestedAt: row.extensionRequestedAt?.toISOString() ?? '' } : null,
      version: row.version,
      availableActions: availableActions(requestWorkflow, { status: row.status, reopenCount: row.reopenCount, ...(followed ? { followed } : {}) }, actor),
      timeline: timeline.map((event) => toTimelineEntry(event, staff)),
      attachments: files.own,
      notePhotos: files.notes,
      project,
      mergedInto,
      duplicates,
    };
  }

  /**
   * The request a merged one follows (the end of its chain of merges), with its public progress and its project: the
   * merged request's requester follows this instead of their own. `staff` may open it (its id); the requester may not.
   */
  async followedOf(requestId: string, staff: boolean): Promise<FollowedRequest | null> {
    const followed = await this.repository.followed(requestId);
    if (!followed) return null;
    const timeline = (await this.repository.timeline(followed, true)).filter(isFollowedEvent);
    return {
      id: staff ? followed.id : null,
      code: followed.code,
      title: followed.title,
      status: followed.status,
      statusLabel: REQUEST_STATUS_LABELS[followed.status].zh,
      timeline: timeline.map((event) => toTrackedEvent(event, false)),
      project: await this.projects.forRequest(followed.id),
    };
  }

  /** The requests following this one, with their own files (the duplicates' photos) and their requesters' answers. */
  private async duplicates(requestId: string): Promise<MergedDuplicate[]> {
    const rows = await this.repository.duplicates(requestId);
    return Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        code: row.code,
        title: row.title,
        description: row.description,
        anonymous: row.anonymous,
        requesterName: row.requesterName,
        submittedAt: row.submittedAt.toISOString(),
        attachments: (await this.attachments.forRequestByOrigin(row, true)).own,
        answer:
          row.answerResolved && row.answerSatisfaction && row.answeredAt
            ? {
                resolved: row.answerResolved,
                satisfaction: row.answerSatisfaction,
                ...(row.answerComment ? { comment: row.answerComment } : {}),
                answeredAt: row.answeredAt.toISOString(),
              }
            : null,
      })),
    );
  }

  private page(rows: RequestRow[], limit: number, sort: 'newest' | 'urgency' = 'newest'): Page<RequestListItem> {
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const at = last && (sort === 'urgency' ? last.urgencyCursorAt : last.cursorAt);
    return { items: items.map(toListItem), nextCursor: rows.length > limit && last ? encodeRequestCursor({ at, id: last.id }) : null };
  }
}
