// 实事项目, the writes: create from requests (linking each through the request table), edit a draft, and every
// project action through libs/workflow's project table, with its timeline event, in one transaction.
import { Injectable } from '@nestjs/common';
import type { ProjectDetail } from '@banshishi/contracts';
import {
  PROJECT_ACTIONS,
  applyTransition,
  chinaDayNumber,
  parseIsoDay,
  projectWorkflow,
  requestWorkflow,
  type Actor,
  type ProjectTransitionResult,
} from '@banshishi/workflow';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../../common/errors/domain-error';
import { Clock } from '../../platform/clock/clock';
import { transitionError } from '../../common/errors/transition-error';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { AttachmentsService } from '../attachments/attachments.service';
import { RequestTimelineRepository } from '../requests/request-timeline.repository';
import type { CreateProjectDto } from './dto/create-project.dto';
import type { UpdateProjectDto } from './dto/update-project.dto';
import { MilestonesRepository } from './milestones/milestones.repository';
import { formatProjectCode } from './project-code';
import { ProjectViewsService } from './project-views.service';
import type { ProjectEntity } from './project.entity';
import { ProjectsRepository, type LinkableRequest, type ProjectTarget } from './projects.repository';

type Success = Extract<ProjectTransitionResult, { ok: true }>;
/** What an action writes besides the status: other columns, and the event payload when it says more than the input. */
type Effects = { changes: QueryDeepPartialEntity<ProjectEntity>; payload?: Record<string, unknown> };
const MAX_MILESTONE_TITLE = 200;

/** The office's own back-and-forth; every other project event is public. */
const INTERNAL_ACTIONS: readonly string[] = ['edit', 'submit', 'return', 'supervise'];
/** The system resolves a completed project's requests (DOMAIN: "its linked requests become resolved"). */
const SYSTEM: Actor = { id: null, roles: [], system: true };
const EDITABLE_FIELDS = ['title', 'goal', 'plan', 'ownerUnitId', 'ownerUserId', 'budget', 'deadline', 'expectedBeneficiaries'] as const;

function invalid(field: string, message: string): DomainError {
  return new DomainError('UNPROCESSABLE', message, { errors: [{ field, message }] });
}

function parseVersion(body: Record<string, unknown>): number {
  const version = body.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const message = 'version must be the version of the project you are looking at (a whole number)';
    throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'version', message }] });
  }
  return version;
}

/** A real date (YYYY-MM-DD), today (China time) or later. */
function checkDeadline(deadline: string, field = 'deadline'): number {
  const day = parseIsoDay(deadline);
  if (day === null) throw new DomainError('VALIDATION_FAILED', `${field} must be a real date`, { errors: [{ field, message: `${field} must be a real date (YYYY-MM-DD)` }] });
  if (day < chinaDayNumber(Date.now())) throw invalid(field, `The ${field} must not be in the past`);
  return day;
}

@Injectable()
export class ProjectsService {
  constructor(
    private readonly repository: ProjectsRepository,
    private readonly requestTimeline: RequestTimelineRepository,
    private readonly scope: ScopeService,
    private readonly views: ProjectViewsService,
    private readonly milestones: MilestonesRepository,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  /** All or nothing: the project, its first event, and every request's link and in_project transition commit together. */
  async create(user: AuthUser, dto: CreateProjectDto): Promise<ProjectDetail> {
    const unit = await this.scope.unitInScope(user, dto.ownerUnitId, ['cadre']);
    checkDeadline(dto.deadline);
    await this.checkOwner(dto.ownerUserId, unit.path);

    await this.clock.sync();
    const id = await this.repository.transaction(async (manager) => {
      const now = this.clock.now();
      const projectId = await this.repository.insertProject(manager, {
        code: formatProjectCode(now, await this.repository.nextCodeNumber(manager)),
        title: dto.title,
        goal: dto.goal,
        plan: dto.plan,
        ownerUnitId: unit.id,
        ownerUserId: dto.ownerUserId,
        budget: dto.budget ?? null,
        deadline: dto.deadline,
        expectedBeneficiaries: dto.expectedBeneficiaries,
        createdBy: user.id,
      });
      await this.repository.insertEvent(manager, {
        projectId,
        action: 'create',
        fromStatus: null,
        toStatus: 'draft',
        actorId: user.id,
        payload: { requestCount: dto.requestIds.length },
        public: false,
      });

      const requests = await this.repository.requestsForLink(manager, dto.requestIds);
      // A request out of the cadre's reach looks exactly like a missing one.
      const reachable = requests.filter((request) => this.scope.covers(user, request.handlingUnitPath, ['cadre']));
      if (reachable.length !== dto.requestIds.length) throw new DomainError('NOT_FOUND', 'No such request (one of requestIds)');
      for (const request of requests) await this.linkRequest(manager, user, projectId, request);
      return projectId;
    });
    return this.views.detail(user, id);
  }

  async update(user: AuthUser, id: string, dto: UpdateProjectDto): Promise<ProjectDetail> {
    await this.repository.transaction(async (manager) => {
      const { project, actor } = await this.target(manager, user, id, dto.version);
      const result = applyTransition(projectWorkflow, { status: project.status }, 'edit', actor, {});
      if (!result.ok) throw transitionError(result.error);

      const changes: Record<string, unknown> = {};
      for (const field of EDITABLE_FIELDS) if (dto[field] !== undefined) changes[field] = dto[field];
      if (dto.deadline !== undefined) checkDeadline(dto.deadline);
      let ownerUnitPath = project.ownerUnitPath;
      if (dto.ownerUnitId !== undefined) ownerUnitPath = (await this.scope.unitInScope(user, dto.ownerUnitId, ['cadre'])).path;
      if (dto.ownerUnitId !== undefined || dto.ownerUserId !== undefined) {
        await this.checkOwner(dto.ownerUserId ?? project.ownerUserId, ownerUnitPath);
      }
      await this.repository.record(manager, {
        projectId: project.id,
        version: dto.version,
        state: result.state,
        event: result.event,
        changes: changes as QueryDeepPartialEntity<ProjectEntity>,
        public: false,
        payload: { fields: Object.keys(changes) },
      });
    });
    return this.views.detail(user, id);
  }

  async act(user: AuthUser, id: string, action: string, body: Record<string, unknown>): Promise<ProjectDetail> {
    if (action === 'edit') throw new DomainError('NOT_FOUND', 'A draft is edited with PATCH /api/projects/:id');
    if (!(PROJECT_ACTIONS as readonly string[]).includes(action)) throw new DomainError('NOT_FOUND', `No action "${action}" on projects`);
    const version = parseVersion(body);
    // A milestone's evidence photos are linked here; the workflow's input schema knows nothing of them.
    const { version: _version, attachmentIds: rawAttachmentIds, ...input } = body;
    const attachmentIds = action === 'complete_milestone' ? this.attachments.parseIds(rawAttachmentIds) : [];

    await this.clock.sync();
    await this.repository.transaction(async (manager) => {
      const { project, actor } = await this.target(manager, user, id, version);
      const result = applyTransition(projectWorkflow, { status: project.status }, action, actor, input);
      if (!result.ok) throw transitionError(result.error);
      const { changes, payload } = await this.effects(manager, user, project, result, attachmentIds);
      await this.repository.record(manager, {
        projectId: project.id,
        version,
        state: result.state,
        event: result.event,
        changes,
        public: !INTERNAL_ACTIONS.includes(result.event.action),
        payload,
      });
    });
    return this.views.detail(user, id);
  }

  /**
   * The request side of linking, shared with the request action `link_project` (which runs its own transition):
   * the request's move to in_project and its timeline event, and the link row.
   */
  private async linkRequest(manager: EntityManager, user: AuthUser, projectId: string, request: LinkableRequest): Promise<void> {
    const actor: Actor = {
      id: user.id,
      roles: this.scope.rolesOver(user, request.handlingUnitPath),
      isRequester: request.requesterId === user.id,
      isHandler: request.handlerId === user.id,
    };
    const result = applyTransition(requestWorkflow, { status: request.status, reopenCount: request.reopenCount }, 'link_project', actor, { projectId });
    if (!result.ok) throw transitionError({ ...result.error, message: `${request.code}: ${result.error.message}` });
    await this.requestTimeline.record({ requestId: request.id, version: request.version, state: result.state, event: result.event }, manager);
    await this.repository.link(manager, projectId, request.id, user.id);
  }

  /** The project locked, in scope (404 otherwise) and at the version the caller saw (409 otherwise). */
  private async target(manager: EntityManager, user: AuthUser, id: string, version: number): Promise<{ project: ProjectTarget; actor: Actor }> {
    const project = await this.repository.forAction(manager, id);
    const roles = project ? this.scope.rolesOver(user, project.ownerUnitPath) : [];
    if (!project || roles.length === 0) throw new DomainError('NOT_FOUND', 'No such project');
    if (project.version !== version) throw new DomainError('STALE_VERSION', 'Someone else changed this project since you opened it: reload and try again');
    return { project, actor: { id: user.id, roles } };
  }

  private async checkOwner(ownerUserId: string, unitPath: string): Promise<void> {
    if (!(await this.repository.cadreCovers(ownerUserId, unitPath))) {
      throw invalid('ownerUserId', 'The owner must be an active cadre of the owner unit');
    }
  }

  /**
   * The columns an action moves besides status, what completing a project does to its requests, and the milestone
   * rows (with their evidence photos) the milestone actions write.
   */
  private async effects(manager: EntityManager, user: AuthUser, project: ProjectTarget, result: Success, attachmentIds: string[]): Promise<Effects> {
    const now = this.clock.now();
    const event = result.event;
    switch (event.action) {
      case 'approve':
        return { changes: { approvedAt: now } };
      case 'start':
        return { changes: { startedAt: now } };
      case 'plan_milestone': {
        const { title, dueDate } = event.payload;
        if (title.length > MAX_MILESTONE_TITLE) {
          throw new DomainError('VALIDATION_FAILED', 'title is too long', { errors: [{ field: 'title', message: `title must be at most ${MAX_MILESTONE_TITLE} characters` }] });
        }
        if (checkDeadline(dueDate, 'dueDate') > (parseIsoDay(project.deadline) ?? Number.POSITIVE_INFINITY)) {
          throw invalid('dueDate', `A milestone must be due by the project's deadline (${project.deadline})`);
        }
        const milestoneId = await this.milestones.insert(manager, project.id, title, dueDate);
        return { changes: {}, payload: { ...event.payload, milestoneId } };
      }
      case 'complete_milestone': {
        const { milestoneId, evidence } = event.payload;
        const milestone = await this.milestones.forCompletion(manager, project.id, milestoneId);
        if (!milestone) throw new DomainError('NOT_FOUND', 'No such milestone on this project');
        if (milestone.doneAt) throw invalid('milestoneId', 'This milestone is already done');
        await this.milestones.complete(manager, milestone.id, evidence, user.id);
        await this.attachments.linkTo(manager, attachmentIds, `user:${user.id}`, { milestoneId: milestone.id });
        return { changes: {}, payload: attachmentIds.length > 0 ? { ...event.payload, attachmentIds } : undefined };
      }
      case 'complete': {
        const report = event.payload.report;
        for (const request of await this.repository.inProjectRequests(manager, project.id)) {
          const resolved = applyTransition(requestWorkflow, { status: request.status, reopenCount: request.reopenCount }, 'resolve', SYSTEM, { resolution: report });
          if (!resolved.ok) throw transitionError(resolved.error);
          await this.requestTimeline.record(
            { requestId: request.id, version: request.version, state: resolved.state, event: resolved.event, changes: { resolvedAt: now } },
            manager,
          );
        }
        return { changes: { completedAt: now, report, beneficiariesReached: event.payload.beneficiariesReached ?? null } };
      }
      case 'evaluate':
        return { changes: { score: String(event.payload.score), evaluationComment: event.payload.comment } };
      default:
        return { changes: {} };
    }
  }
}
