// THE executor of a request's life. Every status change of a request — a cadre's or leader's action, a bulk action,
// the requester's answer (signed in, or anonymous on /track), a project's completion, a clock firing — is carried out
// here, in one transaction: lock + version check, libs/workflow's applyTransition, the targets checked, the action's
// column effects (request-effects.ts), the timeline event, photos, notifications and the stored answer.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  PROJECT_LINKABLE_STATUSES,
  REQUEST_ACTIONS,
  REQUEST_BACKLOG_STATUSES,
  applyTransition,
  inStatusGroup,
  requestWorkflow,
  type Actor,
  type RequestEvent,
  type RequestState,
} from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../../common/errors/domain-error';
import { transitionError } from '../../common/errors/transition-error';
import { Clock } from '../../platform/clock/clock';
import { AttachmentsService } from '../attachments/attachments.service';
import { CalendarService } from '../calendar/calendar.service';
import { AnswersRepository } from '../evaluation/answers/answers.repository';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ProjectsRepository } from '../projects/projects.repository';
import { isPublicEvent } from './request-event-row';
import { requestEffects, type EffectContext, type EffectSubject, type RequestChanges } from './request-effects';
import { RequestTimelineRepository } from './request-timeline.repository';
import type { RequestEntity } from './request.entity';
import { RequestsRepository, type LockedRequest } from './requests.repository';
import { runTransaction } from '../../common/database/run-transaction';

/** Who carries out a transition. */
export type RequestActorRef =
  /** a signed-in person: roles over the request's unit, and whether they are its requester or handler */
  | { kind: 'user'; user: AuthUser }
  /** the anonymous requester, proven by the tracking code and secret */
  | { kind: 'anonymous_requester' }
  /** the system: a project's completion, a clock */
  | { kind: 'system' };

export interface RequestTransitionCommand {
  requestId: string;
  action: string;
  /** the action's input, checked by the transition table */
  input: Record<string, unknown>;
  by: RequestActorRef;
  /** the version the person saw (409 when it moved on); the system and the /track answer act on what they find */
  version?: number;
  /** uploads to link to a progress note (checked by AttachmentsService.parseIds) */
  attachmentIds?: string[];
  /** link_project: false when the project is being created from these requests (its `create` event names them) */
  projectEvent?: boolean;
}

export interface CarriedOut {
  state: RequestState;
  event: RequestEvent;
  /** the request's version after the transition */
  version: number;
}

export interface RequestStep {
  state: RequestState;
  event: RequestEvent;
  changes: RequestChanges;
}

/**
 * The pure core of every transition: the transition table's decision, then the columns the action moves. The
 * executor below adds the lock, the targets, the event row and the side effects; the demo seed replays its story
 * through this same function, so it cannot drift from the API.
 */
export function stepRequest(request: RequestState & EffectSubject, action: string, actor: Actor, input: Record<string, unknown>, context: EffectContext): RequestStep {
  const state: RequestState = { status: request.status, reopenCount: request.reopenCount, ...(request.followed ? { followed: request.followed } : {}) };
  const result = applyTransition(requestWorkflow, state, action, actor, input);
  if (!result.ok) throw transitionError(result.error);
  return { state: result.state, event: result.event, changes: requestEffects(request, result.event, context) };
}

const SYSTEM: Actor = { id: null, roles: [], system: true };
const ANONYMOUS_REQUESTER: Actor = { id: null, roles: [], isRequester: true };

function invalid(field: string, message: string): DomainError {
  return new DomainError('UNPROCESSABLE', message, { errors: [{ field, message }] });
}

@Injectable()
export class RequestTransitionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: RequestsRepository,
    private readonly timeline: RequestTimelineRepository,
    private readonly scope: ScopeService,
    private readonly calendar: CalendarService,
    private readonly clock: Clock,
    private readonly projects: ProjectsRepository,
    private readonly attachments: AttachmentsService,
    private readonly notifications: NotificationsService,
    private readonly answers: AnswersRepository,
  ) {}

  /** In the caller's transaction when given one (a project's completion, a clock firing), else in its own. */
  async carryOut(command: RequestTransitionCommand, manager?: EntityManager): Promise<CarriedOut> {
    if (!(REQUEST_ACTIONS as readonly string[]).includes(command.action)) throw new DomainError('NOT_FOUND', `No action "${command.action}" on requests`);
    if (!manager) {
      await this.clock.sync();
      return runTransaction(this.dataSource, (own) => this.carryOut(command, own));
    }
    const request = await this.repository.lock(manager, command.requestId);
    const actor = request ? this.actorFor(command.by, request) : null;
    if (!request || !actor) throw new DomainError('NOT_FOUND', 'No such request');
    if (command.version !== undefined && request.version !== command.version) {
      throw new DomainError('STALE_VERSION', 'Someone else changed this request since you opened it: reload and try again');
    }

    const now = this.clock.now();
    // A merged request's own answer waits for what it follows to be done (libs/workflow's guard reads this).
    const followed = request.status === 'merged' ? await this.repository.followState(request.id, manager) : undefined;
    const subject = followed ? { ...request, followed } : request;
    const { state, event, changes } = stepRequest(subject, command.action, actor, command.input, { now, calendar: await this.calendar.workingDays() });
    await this.targets(manager, command, request, event, now);

    const attachmentIds = event.action === 'note' ? (command.attachmentIds ?? []) : [];
    const isPublic = isPublicEvent(event);
    if (attachmentIds.length > 0) {
      const owner = command.by.kind === 'user' ? `user:${command.by.user.id}` : 'system';
      await this.attachments.linkTo(manager, attachmentIds, owner, { requestId: request.id, internal: !isPublic });
    }
    const recorded = attachmentIds.length > 0 ? ({ ...event, payload: { ...event.payload, attachmentIds } } as RequestEvent) : event;
    await this.timeline.record({ requestId: request.id, version: request.version, state, event: recorded, changes: toColumns(changes), public: isPublic }, manager);
    await this.notifications.forTransition(manager, request, event);
    // The requests merged into this one follow it: their requesters are told of its progress and asked for their answer.
    await this.notifications.forFollowers(manager, request.id, event);
    await this.answers.record(manager, {
      requestId: request.id,
      event,
      round: request.reopenCount,
      recordedBy: command.by.kind === 'user' ? command.by.user.id : null,
      at: now,
    });
    return { state, event, version: request.version + 1 };
  }

  /** null: the request is out of this person's sight (it looks missing). */
  private actorFor(by: RequestActorRef, request: LockedRequest): Actor | null {
    switch (by.kind) {
      case 'system':
        return SYSTEM;
      case 'anonymous_requester':
        return ANONYMOUS_REQUESTER;
      case 'user': {
        const roles = this.scope.rolesOver(by.user, request.handlingUnitPath);
        const actor: Actor = { id: by.user.id, roles, isRequester: request.requesterId === by.user.id, isHandler: request.handlerId === by.user.id };
        return roles.length === 0 && !actor.isRequester && !actor.isHandler ? null : actor;
      }
    }
  }

  /**
   * The units, requests, people and projects an action points at: checked to be in the actor's reach and able to
   * take it; and the other record's side of a link to a project.
   */
  private async targets(manager: EntityManager, command: RequestTransitionCommand, request: LockedRequest, event: RequestEvent, now: Date): Promise<void> {
    const by = command.by;
    const covers = (path: string) => by.kind === 'user' && this.scope.covers(by.user, path, ['cadre']);
    switch (event.action) {
      case 'transfer': {
        const unit = await this.repository.unit(event.payload.unitId);
        // Only to a unit the cadre also serves; anything else looks like no unit at all.
        if (!unit || !covers(unit.path)) throw new DomainError('NOT_FOUND', 'No such unit');
        if (unit.id === request.handlingUnitId) throw invalid('unitId', 'The request is already at this unit');
        return;
      }
      case 'merge': {
        const target = await this.repository.mergeTarget(manager, event.payload.targetId);
        if (!target || !covers(target.handlingUnitPath)) throw new DomainError('NOT_FOUND', 'No such request to merge into');
        if (target.id === request.id) throw invalid('targetId', 'A request cannot be merged into itself');
        if (!inStatusGroup(REQUEST_BACKLOG_STATUSES, target.status)) throw invalid('targetId', 'Merge into a request that is still being handled');
        return;
      }
      case 'assign':
        if (!(await this.repository.handlerCovers(event.payload.handlerId, request.handlingUnitPath))) {
          throw invalid('handlerId', 'The handler must be an active cadre of the handling unit');
        }
        return;
      case 'link_project': {
        const project = await this.projects.forAction(manager, event.payload.projectId);
        if (!project || by.kind !== 'user' || !covers(project.ownerUnitPath)) throw new DomainError('NOT_FOUND', 'No such project');
        if (!inStatusGroup(PROJECT_LINKABLE_STATUSES, project.status)) throw invalid('projectId', 'The project is no longer taking requests');
        // The project's side of the link: the link row and an (internal) event on the project's timeline.
        const actorId = by.user.id;
        await this.projects.link(manager, project.id, request.id, actorId);
        if (command.projectEvent === false) return;
        await this.projects.insertEvent(manager, {
          projectId: project.id,
          action: 'link_request',
          fromStatus: project.status,
          toStatus: project.status,
          actorId,
          payload: { requestId: request.id },
          public: false,
        });
        return;
      }
      case 'unlink_project':
        await this.projects.unlink(manager, request.id, now);
        return;
      default:
        return;
    }
  }
}

function toColumns(changes: RequestChanges): QueryDeepPartialEntity<RequestEntity> {
  return changes as QueryDeepPartialEntity<RequestEntity>;
}
