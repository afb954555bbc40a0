// THE executor of a 实事项目's life: every status change of a project (and a draft's edit, which the transition table
// also governs) is carried out here in one transaction — lock + version check, libs/workflow's applyTransition, the
// action's effects (columns, milestones and their photos, waivers, the linked requests' resolution through the
// requests' executor), the timeline event. Completion waits for every milestone done or waived (libs/workflow's guard).
import { Injectable } from '@nestjs/common';
import { MILESTONE_LIMITS } from '@banshishi/contracts';
import { PROJECT_ACTIONS, applyTransition, parseIsoDay, projectWorkflow, type Actor, type ProjectEvent, type ProjectState } from '@banshishi/workflow';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../../common/errors/domain-error';
import { transitionError } from '../../common/errors/transition-error';
import { Clock } from '../../platform/clock/clock';
import { AttachmentsService } from '../attachments/attachments.service';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { RequestTransitionsService } from '../requests/request-transitions.service';
import { MilestonesRepository } from './milestones/milestones.repository';
import { checkProjectDay } from './project-day';
import type { ProjectEntity } from './project.entity';
import { ProjectsRepository, type ProjectTarget } from './projects.repository';

/** What an action writes besides the status: other columns, and the event payload when it says more than the input. */
export interface ProjectEffects {
  changes: QueryDeepPartialEntity<ProjectEntity>;
  payload?: Record<string, unknown>;
}

export interface ProjectTransitionCommand {
  projectId: string;
  action: string;
  input: Record<string, unknown>;
  user: AuthUser;
  /** the version the person saw (409 when it moved on) */
  version: number;
  /** a milestone's evidence photos */
  attachmentIds?: string[];
  /** effects decided by the caller once the project is locked and the action allowed (a draft's edited fields) */
  edit?: (manager: EntityManager, project: ProjectTarget) => Promise<ProjectEffects>;
}

/** The office's own back-and-forth; every other project event is public. */
const INTERNAL_ACTIONS: ReadonlySet<string> = new Set(['edit', 'submit', 'return', 'supervise']);

export interface ProjectStep {
  state: ProjectState;
  event: ProjectEvent;
  /** the columns the action moves (the milestones' rows and the linked requests are the executor's) */
  changes: QueryDeepPartialEntity<ProjectEntity>;
  /** on the public 公示 timeline */
  public: boolean;
}

/**
 * The pure core of every project transition: the transition table's decision and the columns it moves. The
 * executor below adds the lock, milestones, photos and the linked requests; the demo seed replays its projects
 * through this same function.
 */
export function stepProject(project: ProjectState, action: string, actor: Actor, input: Record<string, unknown>, now: Date): ProjectStep {
  const result = applyTransition(projectWorkflow, { status: project.status, openMilestones: project.openMilestones }, action, actor, input);
  if (!result.ok) throw transitionError(result.error);
  const event = result.event;
  return { state: result.state, event, changes: projectColumns(event, now), public: !INTERNAL_ACTIONS.has(event.action) };
}

function projectColumns(event: ProjectEvent, now: Date): QueryDeepPartialEntity<ProjectEntity> {
  switch (event.action) {
    case 'approve':
      return { approvedAt: now };
    case 'start':
      return { startedAt: now };
    case 'complete':
      return { completedAt: now, report: event.payload.report, beneficiariesReached: event.payload.beneficiariesReached ?? null };
    case 'evaluate':
      return { score: String(event.payload.score), evaluationComment: event.payload.comment };
    default:
      return {};
  }
}

function invalid(field: string, message: string): DomainError {
  return new DomainError('UNPROCESSABLE', message, { errors: [{ field, message }] });
}

@Injectable()
export class ProjectTransitionsService {
  constructor(
    private readonly repository: ProjectsRepository,
    private readonly requests: RequestTransitionsService,
    private readonly scope: ScopeService,
    private readonly milestones: MilestonesRepository,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  async carryOut(command: ProjectTransitionCommand): Promise<void> {
    if (!(PROJECT_ACTIONS as readonly string[]).includes(command.action)) throw new DomainError('NOT_FOUND', `No action "${command.action}" on projects`);
    await this.clock.sync();
    await this.repository.transaction(async (manager) => {
      const project = await this.repository.forAction(manager, command.projectId);
      const roles = project ? this.scope.rolesOver(command.user, project.ownerUnitPath) : [];
      if (!project || roles.length === 0) throw new DomainError('NOT_FOUND', 'No such project');
      if (project.version !== command.version) throw new DomainError('STALE_VERSION', 'Someone else changed this project since you opened it: reload and try again');
      const actor: Actor = { id: command.user.id, roles };

      const step = stepProject(project, command.action, actor, command.input, this.clock.now());
      const { changes, payload } = command.edit ? await command.edit(manager, project) : await this.effects(manager, command, project, step);
      await this.repository.record(manager, {
        projectId: project.id,
        version: command.version,
        state: step.state,
        event: step.event,
        changes,
        public: step.public,
        payload,
      });
    });
  }

  /**
   * The columns an action moves besides status, what completing a project does to its requests, and the milestone
   * rows (with their evidence photos) the milestone actions write.
   */
  private async effects(manager: EntityManager, command: ProjectTransitionCommand, project: ProjectTarget, step: ProjectStep): Promise<ProjectEffects> {
    const { event, changes } = step;
    switch (event.action) {
      case 'plan_milestone': {
        const { title, dueDate } = event.payload;
        if (title.length > MILESTONE_LIMITS.title.max) {
          throw new DomainError('VALIDATION_FAILED', 'title is too long', {
            errors: [{ field: 'title', message: `title must be at most ${MILESTONE_LIMITS.title.max} characters` }],
          });
        }
        if (checkProjectDay(dueDate, 'dueDate') > (parseIsoDay(project.deadline) ?? Number.POSITIVE_INFINITY)) {
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
        if (milestone.waivedAt) throw invalid('milestoneId', 'This milestone was waived');
        await this.milestones.complete(manager, milestone.id, evidence, command.user.id);
        const attachmentIds = command.attachmentIds ?? [];
        await this.attachments.linkTo(manager, attachmentIds, `user:${command.user.id}`, { milestoneId: milestone.id });
        return { changes: {}, payload: attachmentIds.length > 0 ? { ...event.payload, attachmentIds } : undefined };
      }
      case 'waive_milestone': {
        // The approver's recorded act: who, when and why stay on the milestone, and the event is on the public timeline.
        const { milestoneId, reason } = event.payload;
        const milestone = await this.milestones.forCompletion(manager, project.id, milestoneId);
        if (!milestone) throw new DomainError('NOT_FOUND', 'No such milestone on this project');
        if (milestone.doneAt) throw invalid('milestoneId', 'This milestone is already done');
        if (milestone.waivedAt) throw invalid('milestoneId', 'This milestone is already waived');
        await this.milestones.waive(manager, milestone.id, reason, command.user.id);
        return { changes: {} };
      }
      case 'complete':
        // DOMAIN: "its linked requests become resolved and each requester is asked" — by the system, through the
        // requests' own executor, so each gets the same timeline event, notifications and answer request as a
        // cadre's resolve.
        for (const request of await this.repository.inProjectRequests(manager, project.id)) {
          await this.requests.carryOut({ requestId: request.id, action: 'resolve', input: { resolution: event.payload.report }, by: { kind: 'system' } }, manager);
        }
        return { changes };
      case 'cancel':
        // Its requests go back to be handled as before (decisions.md): to their handler, or to the unit's inbox.
        for (const request of await this.repository.inProjectRequests(manager, project.id)) {
          const input = { reason: event.payload.reason, toHandler: request.handlerId !== null };
          await this.requests.carryOut({ requestId: request.id, action: 'unlink_project', input, by: { kind: 'system' } }, manager);
        }
        return { changes };
      default:
        return { changes };
    }
  }
}
