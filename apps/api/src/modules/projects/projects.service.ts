// 实事项目, the writes people start: create from requests (each linked through the requests' executor), edit a
// draft, and every project action — carried out by ProjectTransitionsService.
import { Injectable } from '@nestjs/common';
import type { ProjectDetail } from '@banshishi/contracts';
import { EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DomainError } from '../../common/errors/domain-error';
import type { ActionBody } from '../../common/pipes/action-body.pipe';
import { Clock } from '../../platform/clock/clock';
import { AttachmentsService } from '../attachments/attachments.service';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { RequestTransitionsService } from '../requests/request-transitions.service';
import type { CreateProjectDto } from './dto/create-project.dto';
import type { UpdateProjectDto } from './dto/update-project.dto';
import { formatProjectCode } from './project-code';
import { checkProjectDay } from './project-day';
import { ProjectTransitionsService, type ProjectEffects } from './project-transitions.service';
import { ProjectViewsService } from './project-views.service';
import type { ProjectEntity } from './project.entity';
import { ProjectsRepository, type ProjectTarget } from './projects.repository';

const EDITABLE_FIELDS = ['title', 'goal', 'plan', 'ownerUnitId', 'ownerUserId', 'budget', 'deadline', 'expectedBeneficiaries'] as const;

function invalid(field: string, message: string): DomainError {
  return new DomainError('UNPROCESSABLE', message, { errors: [{ field, message }] });
}

@Injectable()
export class ProjectsService {
  constructor(
    private readonly repository: ProjectsRepository,
    private readonly transitions: ProjectTransitionsService,
    private readonly requests: RequestTransitionsService,
    private readonly scope: ScopeService,
    private readonly views: ProjectViewsService,
    private readonly attachments: AttachmentsService,
    private readonly clock: Clock,
  ) {}

  /** All or nothing: the project, its first event, and every request's link and in_project transition commit together. */
  async create(user: AuthUser, dto: CreateProjectDto): Promise<ProjectDetail> {
    const unit = await this.scope.unitInScope(user, dto.ownerUnitId, ['cadre']);
    checkProjectDay(dto.deadline);
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
      for (const request of requests) {
        try {
          await this.requests.carryOut(
            { requestId: request.id, action: 'link_project', input: { projectId }, by: { kind: 'user', user }, version: request.version, projectEvent: false },
            manager,
          );
        } catch (error) {
          // Say which of the requests could not join, by its place in requestIds (the web marks that request).
          if (error instanceof DomainError) {
            const message = `${request.code}: ${error.message}`;
            throw new DomainError(error.code, message, {
              ...error.details,
              errors: [{ field: `requestIds.${dto.requestIds.findIndex((id) => id.toLowerCase() === request.id)}`, message }],
            });
          }
          throw error;
        }
      }
      return projectId;
    });
    return this.views.detail(user, id);
  }

  /** A draft's fields, through the transition table's `edit` (drafts only, cadres of the owner unit). */
  async update(user: AuthUser, id: string, dto: UpdateProjectDto): Promise<ProjectDetail> {
    await this.transitions.carryOut({
      projectId: id,
      action: 'edit',
      input: {},
      user,
      version: dto.version,
      edit: (_manager: EntityManager, project: ProjectTarget) => this.edits(user, project, dto),
    });
    return this.views.detail(user, id);
  }

  async act(user: AuthUser, id: string, action: string, { version, fields }: ActionBody): Promise<ProjectDetail> {
    if (action === 'edit') throw new DomainError('NOT_FOUND', 'A draft is edited with PATCH /api/projects/:id');
    // A milestone's evidence photos travel beside the input; the workflow's input schema knows nothing of them.
    const { attachmentIds, ...input } = fields;
    await this.transitions.carryOut({
      projectId: id,
      action,
      input,
      user,
      version,
      attachmentIds: action === 'complete_milestone' ? this.attachments.parseIds(attachmentIds) : [],
    });
    return this.views.detail(user, id);
  }

  private async edits(user: AuthUser, project: ProjectTarget, dto: UpdateProjectDto): Promise<ProjectEffects> {
    const changes: Record<string, unknown> = {};
    for (const field of EDITABLE_FIELDS) if (dto[field] !== undefined) changes[field] = dto[field];
    if (dto.deadline !== undefined) checkProjectDay(dto.deadline);
    let ownerUnitPath = project.ownerUnitPath;
    if (dto.ownerUnitId !== undefined) ownerUnitPath = (await this.scope.unitInScope(user, dto.ownerUnitId, ['cadre'])).path;
    if (dto.ownerUnitId !== undefined || dto.ownerUserId !== undefined) await this.checkOwner(dto.ownerUserId ?? project.ownerUserId, ownerUnitPath);
    return { changes: changes as QueryDeepPartialEntity<ProjectEntity>, payload: { fields: Object.keys(changes) } };
  }

  private async checkOwner(ownerUserId: string, unitPath: string): Promise<void> {
    if (!(await this.repository.cadreCovers(ownerUserId, unitPath))) {
      throw invalid('ownerUserId', 'The owner must be an active cadre of the owner unit');
    }
  }
}
