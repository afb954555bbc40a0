// 实事项目, the reads: the scoped list and detail for cadres and leaders, the public 公示 list, and the project a
// request belongs to (for the requester's tracking page and the request detail).
import { Injectable } from '@nestjs/common';
import type { Page, ProjectDetail, ProjectListItem, ProjectMilestone, PublicProject, PublicProjectDetail, RequestProjectSummary } from '@banshishi/contracts';
import { CHINA_OFFSET_MS, PROJECT_STATUS_LABELS, REQUEST_STATUS_LABELS, availableActions, projectWorkflow, type Role } from '@banshishi/workflow';
import { DomainError } from '../../common/errors/domain-error';
import { ReadReplicas } from '../../platform/replicas/read-replicas.service';
import type { AuthUser } from '../identity/auth-user';
import { ScopeService } from '../identity/scope.service';
import { AttachmentsRepository } from '../attachments/attachments.repository';
import { decodeRequestCursor, encodeRequestCursor } from '../requests/request-cursor';
import type { ListProjectsQuery } from './dto/list-projects.query';
import { MilestonesRepository, type MilestoneRow } from './milestones/milestones.repository';
import { PROJECT_CODE_PATTERN } from './project-code';
import { projectProgress } from './project-progress';
import { ProjectsRepository, type ProjectListRow, type PublicProjectRow } from './projects.repository';

/** Who sees the projects owned by the units in their subtree. */
const STAFF_ROLES: readonly Role[] = ['cadre', 'leader'];
const DEFAULT_LIMIT = 20;

function toListItem(row: ProjectListRow): ProjectListItem {
  return {
    id: row.id,
    code: row.code,
    title: row.title,
    status: row.status,
    statusLabel: PROJECT_STATUS_LABELS[row.status].zh,
    ownerUnitId: row.ownerUnitId,
    ownerUnitName: row.ownerUnitName,
    deadline: row.deadline,
    linkedRequestCount: row.linkedRequestCount,
    progress: projectProgress(row.status, row.milestoneDoneCount, row.milestoneCount),
    milestoneCount: row.milestoneCount,
    milestoneDoneCount: row.milestoneDoneCount,
    milestoneWaivedCount: row.milestoneWaivedCount,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
  };
}

/** The China-time day of an instant, as YYYY-MM-DD. */
const chinaDay = (at: Date): string => new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);

/** Field by field, so nothing new on the row can slip onto the public page. */
function toPublic(row: PublicProjectRow): PublicProject {
  return {
    code: row.code,
    title: row.title,
    goal: row.goal,
    ownerUnitName: row.ownerUnitName,
    deadline: row.deadline,
    status: row.status,
    statusLabel: PROJECT_STATUS_LABELS[row.status].zh,
    progress: projectProgress(row.status, row.milestoneDoneCount, row.milestoneCount),
    approvedAt: row.approvedAt?.toISOString() ?? null,
    linkedRequestCount: row.linkedRequestCount,
  };
}

const toNumber = (value: string | null): number | null => (value === null ? null : Number(value));

/** Neither done nor waived: what libs/workflow's guard on `complete` counts. */
const openMilestones = (row: ProjectListRow): number => row.milestoneCount - row.milestoneDoneCount - row.milestoneWaivedCount;

@Injectable()
export class ProjectViewsService {
  constructor(
    private readonly repository: ProjectsRepository,
    private readonly scope: ScopeService,
    private readonly milestones: MilestonesRepository,
    private readonly attachments: AttachmentsRepository,
    private readonly replicas: ReadReplicas,
  ) {}

  async list(user: AuthUser, query: ListProjectsQuery): Promise<Page<ProjectListItem>> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const filters = { status: query.status, cursor: query.cursor ? decodeRequestCursor(query.cursor) : undefined, limit };
    const rows = await this.replicas.read(async (db) =>
      (await this.scope.restrict(this.repository.listQuery(filters, db), 'p.owner_unit_id', user, STAFF_ROLES)).getRawMany<ProjectListRow>(),
    );
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return { items: items.map(toListItem), nextCursor: rows.length > limit && last ? encodeRequestCursor({ at: last.cursorAt, id: last.id }) : null };
  }

  /** A cadre or leader over the owner unit; anyone else gets 404 as if it did not exist. */
  async detail(user: AuthUser, id: string): Promise<ProjectDetail> {
    const row = await this.repository.detail(id);
    const roles = row ? this.scope.rolesOver(user, row.ownerUnitPath) : [];
    if (!row || !roles.some((role) => STAFF_ROLES.includes(role))) throw new DomainError('NOT_FOUND', 'No such project');
    const [requests, timeline, milestones] = await Promise.all([this.repository.linkedRequests(id), this.repository.timeline(id), this.staffMilestones(id)]);
    return {
      ...toListItem(row),
      goal: row.goal,
      plan: row.plan,
      ownerUserId: row.ownerUserId,
      ownerUserName: row.ownerUserName,
      budget: toNumber(row.budget),
      expectedBeneficiaries: row.expectedBeneficiaries,
      version: row.version,
      createdBy: row.createdBy,
      updatedAt: row.updatedAt.toISOString(),
      approvedAt: row.approvedAt?.toISOString() ?? null,
      startedAt: row.startedAt?.toISOString() ?? null,
      report: row.report,
      score: toNumber(row.score),
      evaluationComment: row.evaluationComment,
      availableActions: availableActions(projectWorkflow, { status: row.status, openMilestones: openMilestones(row) }, { id: user.id, roles }),
      requests: requests.map((r) => ({ ...r, statusLabel: REQUEST_STATUS_LABELS[r.status].zh })),
      milestones,
      timeline: timeline.map((e) => ({ ...e, at: e.at.toISOString() })),
    };
  }

  async publicList(): Promise<PublicProject[]> {
    return (await this.repository.publicProjects()).map(toPublic);
  }

  /** With its milestones: evidence text is public (it is what 公示 is for); who did it and the photos are not. */
  async publicOne(code: string): Promise<PublicProjectDetail> {
    const [row] = PROJECT_CODE_PATTERN.test(code) ? await this.repository.publicProjects(code) : [];
    if (!row) throw new DomainError('NOT_FOUND', 'No such public project');
    const milestones = (await this.milestones.forProject(row.id)).map((m) => ({
      title: m.title,
      dueDate: m.dueDate,
      doneOn: m.doneAt ? chinaDay(m.doneAt) : null,
      evidence: m.evidence,
      waivedOn: m.waivedAt ? chinaDay(m.waivedAt) : null,
      waiverReason: m.waiverReason,
      overdue: m.overdue,
    }));
    return { ...toPublic(row), milestones };
  }

  private async staffMilestones(projectId: string): Promise<ProjectMilestone[]> {
    const rows: MilestoneRow[] = await this.milestones.forProject(projectId);
    const photos = await this.attachments.forMilestones(rows.map((m) => m.id));
    return rows.map((m) => ({
      id: m.id,
      title: m.title,
      dueDate: m.dueDate,
      dueAt: m.dueAt.toISOString(),
      doneAt: m.doneAt?.toISOString() ?? null,
      evidence: m.evidence,
      doneByName: m.doneByName,
      waivedAt: m.waivedAt?.toISOString() ?? null,
      waiverReason: m.waiverReason,
      waivedByName: m.waivedByName,
      overdue: m.overdue,
      attachments: photos.get(m.id) ?? [],
    }));
  }

  async forRequest(requestId: string): Promise<RequestProjectSummary | null> {
    const row = await this.repository.projectOfRequest(requestId);
    if (!row) return null;
    const { milestoneCount, milestoneDoneCount, ...summary } = row;
    return { ...summary, statusLabel: PROJECT_STATUS_LABELS[row.status].zh, progress: projectProgress(row.status, milestoneDoneCount, milestoneCount) };
  }
}
