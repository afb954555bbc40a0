// 实事项目: what the project endpoints accept and return, the public 公示 shape, and the project a request follows.
import type { ProjectAction, ProjectStatus } from '@banshishi/workflow';
import type { Page } from './audit';
import type { AttachmentSummary } from './request';

/** `POST /api/projects` (a cadre over the owner unit) → 201 {@link ProjectDetail} in `draft`. */
export interface CreateProjectRequest {
  /** PROJECT_LIMITS.title characters */
  title: string;
  /** PROJECT_LIMITS.goal characters */
  goal: string;
  /** PROJECT_LIMITS.plan characters */
  plan: string;
  ownerUnitId: string;
  /** an active cadre over the owner unit */
  ownerUserId: string;
  /** yuan, two decimals at most, within PROJECT_LIMITS.budget */
  budget?: number | null;
  /** YYYY-MM-DD, today (China time) or later */
  deadline: string;
  expectedBeneficiaries: number;
  /** PROJECT_LIMITS.requests requests in the cadre's scope, each `accepted` or `in_progress`; all are linked, or none */
  requestIds: string[];
}

/** `PATCH /api/projects/:id`, only while the workflow allows `edit` (draft). */
export type UpdateProjectRequest = Partial<Omit<CreateProjectRequest, 'requestIds'>> & { version: number };

/** `POST /api/projects/:id/milestones` (a cadre over the owner unit; approved or implementing) → 201 {@link ProjectDetail}. */
export interface PlanMilestoneRequest {
  version: number;
  /** MILESTONE_LIMITS.title characters */
  title: string;
  /** YYYY-MM-DD, today (China time) or later, and not after the project's deadline */
  dueDate: string;
}

/** `POST /api/projects/:id/milestones/:milestoneId/complete` (a cadre over the owner unit; implementing) → 200 {@link ProjectDetail}. */
export interface CompleteMilestoneRequest {
  version: number;
  /** what was done; shown on the public 公示 page */
  evidence: string;
  /** up to ATTACHMENT_LIMITS.perAction of the caller's own uploads (photos of the work), staff only */
  attachmentIds?: string[];
}

/**
 * `POST /api/projects/:id/milestones/:milestoneId/waive` (a leader over the owner unit — the approver; implementing) →
 * 200 {@link ProjectDetail}. A waived milestone no longer holds up completion but never counts as done.
 */
export interface WaiveMilestoneRequest {
  version: number;
  /** why it will not be done (MILESTONE_LIMITS.waiverReason characters); shown on the project's page and 公示 */
  reason: string;
}

export interface ProjectMilestone {
  id: string;
  title: string;
  /** YYYY-MM-DD; due by the end of that day, China time */
  dueDate: string;
  dueAt: string;
  doneAt: string | null;
  evidence: string | null;
  doneByName: string | null;
  /** waived by the approver instead of done (never both) */
  waivedAt: string | null;
  waiverReason: string | null;
  waivedByName: string | null;
  /** open (neither done nor waived) and past its due date */
  overdue: boolean;
  attachments: AttachmentSummary[];
}

export interface ProjectListItem {
  id: string;
  code: string;
  title: string;
  status: ProjectStatus;
  statusLabel: string;
  ownerUnitId: string;
  ownerUnitName: string;
  deadline: string;
  linkedRequestCount: number;
  /** 0–100: done milestones ÷ all milestones, rounded down (waived ones are not done); without any, 0 until completed, then 100 */
  progress: number;
  milestoneCount: number;
  milestoneDoneCount: number;
  /** waived by the approver: settled for completion, not done */
  milestoneWaivedCount: number;
  createdAt: string;
  /** when it was completed (null before) */
  completedAt: string | null;
}

/** `GET /api/projects`: the projects in the caller's scope. */
export type ProjectPage = Page<ProjectListItem>;

export interface ProjectLinkedRequest {
  id: string;
  code: string;
  title: string;
  status: string;
  statusLabel: string;
  handlingUnitName: string;
}

export interface ProjectTimelineEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  at: string;
  actorName: string | null;
  public: boolean;
  payload: Record<string, unknown>;
}

export interface ProjectDetail extends ProjectListItem {
  goal: string;
  plan: string;
  ownerUserId: string;
  ownerUserName: string;
  budget: number | null;
  expectedBeneficiaries: number;
  version: number;
  createdBy: string;
  updatedAt: string;
  approvedAt: string | null;
  startedAt: string | null;
  report: string | null;
  score: number | null;
  evaluationComment: string | null;
  availableActions: ProjectAction[];
  requests: ProjectLinkedRequest[];
  /** soonest due first */
  milestones: ProjectMilestone[];
  timeline: ProjectTimelineEntry[];
}

/** `GET /api/public/projects` and `/api/public/projects/:code` (公示, no login): no person, contact or note. */
export interface PublicProject {
  code: string;
  title: string;
  goal: string;
  ownerUnitName: string;
  deadline: string;
  status: ProjectStatus;
  statusLabel: string;
  /** 0–100: done milestones ÷ all milestones, rounded down (waived ones are not done); without any, 0 until completed, then 100 */
  progress: number;
  approvedAt: string | null;
  linkedRequestCount: number;
}

/** A milestone as 公示 shows it: its evidence text and a waiver's reason are public; who did it and the photos are not. */
export interface PublicMilestone {
  title: string;
  dueDate: string;
  /** YYYY-MM-DD (China time) it was done, or null */
  doneOn: string | null;
  evidence: string | null;
  /** YYYY-MM-DD (China time) the approver waived it, or null */
  waivedOn: string | null;
  waiverReason: string | null;
  overdue: boolean;
}

/** `GET /api/public/projects/:code`: the project with its milestones. */
export interface PublicProjectDetail extends PublicProject {
  milestones: PublicMilestone[];
}

/** The project a request belongs to, as its requester sees it (tracking page, request detail). */
export interface RequestProjectSummary {
  id: string;
  code: string;
  title: string;
  status: ProjectStatus;
  statusLabel: string;
  /** done milestones ÷ all (0–100), as on the project's page */
  progress: number;
}

/** A ratio with what it is made of. */
export interface ProjectRatio {
  value: number | null;
  numerator: number;
  denominator: number;
}

/**
 * 评估问效 of a 实事项目 (`GET /api/projects/:id/evaluation`; the public outcome at `/api/public/projects/:code/outcome`
 * carries the same figures): milestones on time, deadline met, what the linked requesters answered, people reached,
 * and the leader's score and comment.
 */
export interface ProjectEvaluation {
  code: string;
  status: ProjectStatus;
  deadline: string;
  completedAt: string | null;
  /** null until completed */
  deadlineMet: boolean | null;
  milestonesOnTime: ProjectRatio;
  requests: { linked: number; answered: number; resolutionRate: ProjectRatio; satisfactionRate: ProjectRatio };
  beneficiaries: { expected: number; reached: number | null };
  score: number | null;
  comment: string | null;
}
