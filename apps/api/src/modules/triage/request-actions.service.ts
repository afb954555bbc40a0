// 项目确定 (requests side): every action on a request goes through libs/workflow's transition table, then
// the few columns the action moves, then the status and its timeline event in one transaction.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BulkActionResult, RequestDetail } from '@banshishi/contracts';
import {
  REQUEST_ACTIONS,
  REQUEST_OPEN_STATUSES,
  applyTransition,
  requestWorkflow,
  type Actor,
  type RequestAction,
  type RequestTransitionResult,
} from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../../common/errors/domain-error';
import { Clock } from '../../platform/clock/clock';
import { transitionError } from '../../common/errors/transition-error';
import { CalendarService } from '../calendar/calendar.service';
import { AnswersRepository } from '../evaluation/answers/answers.repository';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { AttachmentsService } from '../attachments/attachments.service';
import { RequestViewsService } from '../intake/request-views.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectsRepository } from '../projects/projects.repository';
import type { RequestEntity } from '../requests/request.entity';
import { RequestTimelineRepository } from '../requests/request-timeline.repository';
import { TriageRepository, type ActionTarget } from './triage.repository';
import { answerChanges } from '../requests/answer-changes';

/** The first of these is the cadre's response (响应) that the response clock waits for. */
const RESPONSE_ACTIONS: readonly RequestAction[] = ['accept', 'reject', 'merge', 'transfer'];
/** Internal to the office; every other event is on the requester's timeline. */
const INTERNAL_ACTIONS: readonly RequestAction[] = ['supervise'];
/** A request may join a project until the project's work is done or refused. */
const LINKABLE_PROJECT_STATUSES: readonly string[] = ['draft', 'pending_approval', 'approved', 'implementing'];

type Success = Extract<RequestTransitionResult, { ok: true }>;

function parseVersion(body: Record<string, unknown>): number {
  const version = body.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const message = 'version must be the version of the request you are looking at (a whole number)';
    throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'version', message }] });
  }
  return version;
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('UNPROCESSABLE', message, { errors: [{ field, message }] });
}

@Injectable()
export class RequestActionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: TriageRepository,
    private readonly timeline: RequestTimelineRepository,
    private readonly scope: ScopeService,
    private readonly calendar: CalendarService,
    private readonly views: RequestViewsService,
    private readonly clock: Clock,
    private readonly projects: ProjectsRepository,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
    private readonly answers: AnswersRepository,
  ) {}

  async act(user: AuthUser, id: string, action: string, body: Record<string, unknown>): Promise<RequestDetail> {
    if (!(REQUEST_ACTIONS as readonly string[]).includes(action)) throw new DomainError('NOT_FOUND', `No action "${action}" on requests`);
    const version = parseVersion(body);
    // A progress note's photos: the workflow's input schema knows nothing of them, so they are taken off and linked here.
    const { version: _version, attachmentIds: rawAttachmentIds, ...input } = body;
    const attachmentIds = action === 'note' ? this.attachments.parseIds(rawAttachmentIds) : [];

    await this.clock.sync();
    await this.dataSource.transaction(async (manager) => {
      const request = await this.repository.forAction(manager, id);
      const roles = request ? this.scope.rolesOver(user, request.handlingUnitPath) : [];
      const actor: Actor = { id: user.id, roles, isRequester: request?.requesterId === user.id, isHandler: request?.handlerId === user.id };
      if (!request || (roles.length === 0 && !actor.isRequester && !actor.isHandler)) throw new DomainError('NOT_FOUND', 'No such request');
      if (request.version !== version) throw new DomainError('STALE_VERSION', 'Someone else changed this request since you opened it: reload and try again');

      const result = applyTransition(requestWorkflow, { status: request.status, reopenCount: request.reopenCount }, action, actor, input);
      if (!result.ok) throw transitionError(result.error);
      const changes = await this.effects(user, request, result, manager);
      const isPublic = action === 'note' ? (result.event.payload as { public?: boolean }).public === true : !INTERNAL_ACTIONS.includes(result.event.action);
      await this.attachments.linkTo(manager, attachmentIds, `user:${user.id}`, { requestId: id, internal: !isPublic });
      const event = attachmentIds.length > 0 ? ({ ...result.event, payload: { ...result.event.payload, attachmentIds } } as typeof result.event) : result.event;
      await this.timeline.record({ requestId: id, version, state: result.state, event, changes, public: isPublic }, manager);
      await this.notifications.forTransition(manager, request, result.event);
      await this.answers.record(manager, { requestId: id, event: result.event, round: request.reopenCount, recordedBy: user.id, at: this.clock.now() });
    });
    return this.views.detail(user, id);
  }

  /**
   * The same action on many requests (the inbox's bulk accept/assign). Each request is its own transaction, so one
   * stale or out-of-state request does not hold back the others; every outcome is reported.
   */
  async bulk(user: AuthUser, action: string, items: { id: string; version: number }[], input: Record<string, unknown>): Promise<BulkActionResult[]> {
    const results: BulkActionResult[] = [];
    for (const item of items) {
      try {
        const detail = await this.act(user, item.id, action, { ...input, version: item.version });
        results.push({ id: item.id, ok: true, status: detail.status, version: detail.version });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ id: item.id, ok: false, code: error.code, message: error.message });
      }
    }
    return results;
  }

  /** The columns an action moves besides status; also where its targets are checked. */
  private async effects(user: AuthUser, request: ActionTarget, result: Success, manager: EntityManager): Promise<QueryDeepPartialEntity<RequestEntity>> {
    const now = this.clock.now();
    const changes: Record<string, unknown> = {};
    const event = result.event;
    if (RESPONSE_ACTIONS.includes(event.action) && !request.respondedAt) changes.respondedAt = now;

    switch (event.action) {
      case 'accept': {
        const clock = (await this.calendar.workingDays()).clockPoints(now, request.resolutionDays);
        Object.assign(changes, { acceptedAt: now, resolutionDueAt: clock.dueAt, resolutionWarnAt: clock.warnAt });
        break;
      }
      case 'transfer': {
        const { unitId } = event.payload;
        const unit = await this.repository.unit(unitId);
        // Only to a unit the cadre also serves; anything else looks like no unit at all.
        if (!unit || !this.scope.covers(user, unit.path, ['cadre'])) throw new DomainError('NOT_FOUND', 'No such unit');
        if (unit.id === request.handlingUnitId) throw invalid('unitId', 'The request is already at this unit');
        Object.assign(changes, { handlingUnitId: unit.id, handlerId: null });
        break;
      }
      case 'merge': {
        const { targetId } = event.payload;
        const target = await this.repository.mergeTarget(targetId);
        if (!target || !this.scope.covers(user, target.handlingUnitPath, ['cadre'])) throw new DomainError('NOT_FOUND', 'No such request to merge into');
        if (target.id === request.id) throw invalid('targetId', 'A request cannot be merged into itself');
        if (!REQUEST_OPEN_STATUSES.includes(target.status) || target.status === 'resolved') {
          throw invalid('targetId', 'Merge into a request that is still being handled');
        }
        changes.mergedIntoId = target.id;
        break;
      }
      case 'assign': {
        const { handlerId } = event.payload;
        if (!(await this.repository.handlerCovers(handlerId, request.handlingUnitPath))) {
          throw invalid('handlerId', 'The handler must be an active cadre of the handling unit');
        }
        changes.handlerId = handlerId;
        break;
      }
      case 'link_project': {
        const project = await this.projects.forAction(manager, event.payload.projectId);
        if (!project || !this.scope.covers(user, project.ownerUnitPath, ['cadre'])) throw new DomainError('NOT_FOUND', 'No such project');
        if (!LINKABLE_PROJECT_STATUSES.includes(project.status)) throw invalid('projectId', 'The project is no longer taking requests');
        await this.projects.link(manager, project.id, request.id, user.id);
        await this.projects.insertEvent(manager, {
          projectId: project.id,
          action: 'link_request',
          fromStatus: project.status,
          toStatus: project.status,
          actorId: user.id,
          payload: { requestId: request.id },
          public: false,
        });
        break;
      }
      case 'note':
        if (event.payload.contacted) changes.contactedAt = now;
        break;
      case 'resolve':
        changes.resolvedAt = now;
        break;
      case 'feedback':
      case 'return_visit':
        Object.assign(changes, answerChanges(result.state.status, now));
        break;
      case 'request_extension':
        // Asked for before the due time, one at a time (DOMAIN.md: 延期 is asked for before the due date).
        if (!request.resolutionDueAt || request.resolutionDueAt <= now) throw invalid('days', 'An extension must be asked for before the resolution due time');
        if (request.extensionDays !== null) throw invalid('days', 'An extension request is already waiting for a leader');
        Object.assign(changes, { extensionDays: event.payload.days, extensionRequestedAt: now });
        break;
      case 'decide_extension': {
        if (request.extensionDays === null || !request.resolutionDueAt) throw invalid('decision', 'No extension request is waiting');
        Object.assign(changes, { extensionDays: null, extensionRequestedAt: null });
        if (event.payload.decision === 'approved') {
          // The due time moves by the working days asked for; the warning moves to 80 % of the whole, longer clock.
          const calendar = await this.calendar.workingDays();
          const dueAt = calendar.addWorkingDays(request.resolutionDueAt, request.extensionDays);
          const start = request.acceptedAt ?? now;
          Object.assign(changes, {
            resolutionDueAt: dueAt,
            resolutionWarnAt: calendar.addWorkingMs(start, Math.round(0.8 * calendar.workingMsBetween(start, dueAt))),
            extendedDays: request.extendedDays + request.extensionDays,
          });
        }
        break;
      }
      default:
        break;
    }
    return changes as QueryDeepPartialEntity<RequestEntity>;
  }
}
