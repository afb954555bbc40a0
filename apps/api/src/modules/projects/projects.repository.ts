// Every SQL statement of 实事项目: the project and its timeline, the request links, the lists and the 公示 view.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PROJECT_PUBLIC_STATUSES, type ProjectEvent, type ProjectState, type ProjectStatus, type RequestStatus } from '@banshishi/workflow';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { updateVersioned } from '../../common/database/update-versioned';
import { ReadReplicas } from '../../platform/replicas/read-replicas.service';
import { MILESTONE_OPEN } from './milestones/milestones.repository';
import { ProjectEntity } from './project.entity';
import { runTransaction } from '../../common/database/run-transaction';

const PUBLIC_LIMIT = 200;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface NewProjectRow {
  code: string;
  title: string;
  goal: string;
  plan: string;
  ownerUnitId: string;
  ownerUserId: string;
  budget: number | null;
  deadline: string;
  expectedBeneficiaries: number;
  createdBy: string;
}

export interface ProjectTarget {
  id: string;
  status: ProjectStatus;
  version: number;
  ownerUnitId: string;
  ownerUnitPath: string;
  ownerUserId: string;
  /** YYYY-MM-DD */
  deadline: string;
  /** milestones neither done nor waived (counted under the project's lock) */
  openMilestones: number;
}

/** A request as linking it to a project needs it. */
export interface LinkableRequest {
  id: string;
  code: string;
  status: RequestStatus;
  reopenCount: number;
  version: number;
  requesterId: string | null;
  handlerId: string | null;
  handlingUnitPath: string;
}

export interface ProjectListRow {
  id: string;
  code: string;
  title: string;
  status: ProjectStatus;
  ownerUnitId: string;
  ownerUnitName: string;
  deadline: string;
  linkedRequestCount: number;
  milestoneCount: number;
  milestoneDoneCount: number;
  milestoneWaivedCount: number;
  createdAt: Date;
  completedAt: Date | null;
  cursorAt: string;
}

export interface ProjectDetailRow extends ProjectListRow {
  goal: string;
  plan: string;
  ownerUnitPath: string;
  ownerUserId: string;
  ownerUserName: string;
  budget: string | null;
  expectedBeneficiaries: number;
  version: number;
  createdBy: string;
  updatedAt: Date;
  approvedAt: Date | null;
  startedAt: Date | null;
  report: string | null;
  score: string | null;
  evaluationComment: string | null;
}

export interface LinkedRequestRow {
  id: string;
  code: string;
  title: string;
  status: RequestStatus;
  handlingUnitName: string;
}

export interface ProjectTimelineRow {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  at: Date;
  actorName: string | null;
  public: boolean;
  payload: Record<string, unknown>;
}

export interface PublicProjectRow {
  /** for looking up its milestones; never put on the public page */
  id: string;
  code: string;
  title: string;
  goal: string;
  ownerUnitName: string;
  deadline: string;
  status: ProjectStatus;
  approvedAt: Date | null;
  linkedRequestCount: number;
  milestoneCount: number;
  milestoneDoneCount: number;
  milestoneWaivedCount: number;
}

export interface RequestProjectRow {
  id: string;
  code: string;
  title: string;
  status: ProjectStatus;
  milestoneCount: number;
  milestoneDoneCount: number;
}

export interface ProjectEventRow {
  projectId: string;
  action: string;
  fromStatus: ProjectStatus | null;
  toStatus: ProjectStatus;
  actorId: string | null;
  payload: Record<string, unknown>;
  public: boolean;
}

export interface ProjectListFilters {
  status?: ProjectStatus;
  cursor?: { at: string; id: string };
  limit: number;
}

/** What progress % is derived from (see project-progress.ts), and the waived ones shown beside it. */
const MILESTONE_COUNT_COLUMNS = [
  '(SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id) AS "milestoneCount"',
  '(SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id AND m.done_at IS NOT NULL) AS "milestoneDoneCount"',
  '(SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id AND m.waived_at IS NOT NULL) AS "milestoneWaivedCount"',
];

const LIST_COLUMNS = [
  'p.id AS "id"',
  'p.code AS "code"',
  'p.title AS "title"',
  'p.status AS "status"',
  'p.owner_unit_id AS "ownerUnitId"',
  'ou.name AS "ownerUnitName"',
  `to_char(p.deadline, 'YYYY-MM-DD') AS "deadline"`,
  '(SELECT count(*)::int FROM project_request pr WHERE pr.project_id = p.id) AS "linkedRequestCount"',
  ...MILESTONE_COUNT_COLUMNS,
  'p.created_at AS "createdAt"',
  'p.completed_at AS "completedAt"',
  `to_char(p.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`,
];

@Injectable()
export class ProjectsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replicas: ReadReplicas,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return runTransaction(this.dataSource, work);
  }

  async nextCodeNumber(manager: EntityManager): Promise<number> {
    const [row] = await manager.query(`SELECT nextval('project_code_seq')::int AS n`);
    return row.n;
  }

  async insertProject(manager: EntityManager, row: NewProjectRow): Promise<string> {
    const [{ id }] = await manager.query(
      `INSERT INTO project (code, title, goal, plan, owner_unit_id, owner_user_id, budget, deadline, expected_beneficiaries, status, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'draft', $10) RETURNING id`,
      [row.code, row.title, row.goal, row.plan, row.ownerUnitId, row.ownerUserId, row.budget, row.deadline, row.expectedBeneficiaries, row.createdBy],
    );
    return id;
  }

  async insertEvent(manager: EntityManager, event: ProjectEventRow): Promise<void> {
    await manager.query(`INSERT INTO project_event (project_id, action, from_status, to_status, actor_id, payload, public) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      event.projectId,
      event.action,
      event.fromStatus,
      event.toStatus,
      event.actorId,
      JSON.stringify(event.payload),
      event.public,
    ]);
  }

  /** The status change (compare-and-set on version) and its timeline event, in the caller's transaction. */
  async record(
    manager: EntityManager,
    transition: {
      projectId: string;
      version: number;
      state: ProjectState;
      event: ProjectEvent;
      changes?: QueryDeepPartialEntity<ProjectEntity>;
      public: boolean;
      payload?: Record<string, unknown>;
    },
  ): Promise<void> {
    const { projectId, version, state, event } = transition;
    await updateVersioned(manager, ProjectEntity, projectId, version, { ...transition.changes, status: state.status, updatedAt: () => 'now()' }, 'this project');
    await this.insertEvent(manager, {
      projectId,
      action: event.action,
      fromStatus: event.from,
      toStatus: event.to,
      actorId: event.actorId,
      payload: transition.payload ?? (event.payload as Record<string, unknown>),
      public: transition.public,
    });
  }

  /** The project, locked for the rest of the transaction so concurrent actions queue behind each other. */
  async forAction(manager: EntityManager, id: string): Promise<ProjectTarget | null> {
    if (!UUID.test(id)) return null;
    const [row] = await manager.query(
      `SELECT p.id, p.status, p.version, p.owner_unit_id AS "ownerUnitId", u.path AS "ownerUnitPath", p.owner_user_id AS "ownerUserId",
              to_char(p.deadline, 'YYYY-MM-DD') AS "deadline",
              (SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id AND ${MILESTONE_OPEN}) AS "openMilestones"
         FROM project p JOIN org_unit u ON u.id = p.owner_unit_id
        WHERE p.id = $1
        FOR UPDATE OF p`,
      [id],
    );
    return row ?? null;
  }

  /** The requests to link, locked in id order (so two creations over the same requests cannot deadlock). */
  requestsForLink(manager: EntityManager, ids: readonly string[]): Promise<LinkableRequest[]> {
    return manager.query(
      `SELECT r.id, r.code, r.status, r.reopen_count AS "reopenCount", r.version, r.requester_id AS "requesterId",
              r.handler_id AS "handlerId", u.path AS "handlingUnitPath"
         FROM request r JOIN org_unit u ON u.id = r.handling_unit_id
        WHERE r.id = ANY($1::uuid[])
        ORDER BY r.id
        FOR UPDATE OF r`,
      [ids],
    );
  }

  /** The project's requests still waiting on it (in_project), locked, for completing or cancelling the project. */
  inProjectRequests(manager: EntityManager, projectId: string): Promise<LinkableRequest[]> {
    return manager.query(
      `SELECT r.id, r.code, r.status, r.reopen_count AS "reopenCount", r.version, r.requester_id AS "requesterId",
              r.handler_id AS "handlerId", u.path AS "handlingUnitPath"
         FROM project_request pr JOIN request r ON r.id = pr.request_id JOIN org_unit u ON u.id = r.handling_unit_id
        WHERE pr.project_id = $1 AND pr.unlinked_at IS NULL AND r.status = 'in_project'
        ORDER BY r.id
        FOR UPDATE OF r`,
      [projectId],
    );
  }

  async link(manager: EntityManager, projectId: string, requestId: string, linkedBy: string): Promise<void> {
    await manager.query(`INSERT INTO project_request (project_id, request_id, linked_by) VALUES ($1, $2, $3)`, [projectId, requestId, linkedBy]);
  }

  /** A cancelled project's link ends; the row stays as history. */
  async unlink(manager: EntityManager, requestId: string, at: Date): Promise<void> {
    await manager.query(`UPDATE project_request SET unlinked_at = $2 WHERE request_id = $1 AND unlinked_at IS NULL`, [requestId, at]);
  }

  /** An active account holding the cadre role over the unit (a project's owner person). */
  async cadreCovers(userId: string, unitPath: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM app_user a JOIN role_grant g ON g.user_id = a.id JOIN org_unit o ON o.id = g.unit_id
        WHERE a.id = $1 AND NOT a.disabled AND g.role = 'cadre' AND $2 LIKE o.path || '%' LIMIT 1`,
      [userId, unitPath],
    );
    return Boolean(row);
  }

  /** Newest first; the caller adds the scope (ScopeService.restrict on `p.owner_unit_id`). */
  listQuery(filters: ProjectListFilters, db: DataSource = this.dataSource): SelectQueryBuilder<Record<string, unknown>> {
    const query = db
      .createQueryBuilder()
      .select(LIST_COLUMNS)
      .from('project', 'p')
      .innerJoin('org_unit', 'ou', 'ou.id = p.owner_unit_id')
      .orderBy('p.created_at', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .limit(filters.limit + 1);
    if (filters.status) query.andWhere('p.status = :status', { status: filters.status });
    if (filters.cursor) {
      query.andWhere('(p.created_at, p.id) < (:cursorAt::timestamptz, :cursorId::uuid)', { cursorAt: filters.cursor.at, cursorId: filters.cursor.id });
    }
    return query;
  }

  async detail(id: string): Promise<ProjectDetailRow | null> {
    if (!UUID.test(id)) return null;
    const [row] = await this.replicas.read((db) =>
      db.query(
        `SELECT ${LIST_COLUMNS.join(', ')},
              p.goal, p.plan, ou.path AS "ownerUnitPath", p.owner_user_id AS "ownerUserId", owner.display_name AS "ownerUserName",
              p.budget, p.expected_beneficiaries AS "expectedBeneficiaries", p.version, p.created_by AS "createdBy",
              p.updated_at AS "updatedAt", p.approved_at AS "approvedAt", p.started_at AS "startedAt",
              p.report, p.score, p.evaluation_comment AS "evaluationComment"
         FROM project p
         JOIN org_unit ou ON ou.id = p.owner_unit_id
         JOIN app_user owner ON owner.id = p.owner_user_id
        WHERE p.id = $1`,
        [id],
      ),
    );
    return row ?? null;
  }

  linkedRequests(projectId: string): Promise<LinkedRequestRow[]> {
    return this.replicas.read((db) =>
      db.query(
        `SELECT r.id, r.code, r.title, r.status, hu.name AS "handlingUnitName"
         FROM project_request pr JOIN request r ON r.id = pr.request_id JOIN org_unit hu ON hu.id = r.handling_unit_id
        WHERE pr.project_id = $1
        ORDER BY pr.linked_at, r.code`,
        [projectId],
      ),
    );
  }

  timeline(projectId: string): Promise<ProjectTimelineRow[]> {
    return this.replicas.read((db) =>
      db.query(
        `SELECT e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.at, u.display_name AS "actorName", e.public, e.payload
         FROM project_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.project_id = $1
        ORDER BY e.id`,
        [projectId],
      ),
    );
  }

  /** 公示: only the columns anyone may read; no person, contact or note is selected at all. */
  publicProjects(code?: string): Promise<PublicProjectRow[]> {
    return this.replicas.read((db) =>
      db.query(
        `SELECT p.id, p.code, p.title, p.goal, ou.name AS "ownerUnitName", to_char(p.deadline, 'YYYY-MM-DD') AS "deadline", p.status,
              p.approved_at AS "approvedAt",
              (SELECT count(*)::int FROM project_request pr WHERE pr.project_id = p.id) AS "linkedRequestCount",
              ${MILESTONE_COUNT_COLUMNS.join(', ')}
         FROM project p JOIN org_unit ou ON ou.id = p.owner_unit_id
        WHERE p.status = ANY($1::text[]) ${code ? 'AND p.code = $3' : ''}
        ORDER BY p.approved_at DESC NULLS LAST, p.id DESC
        LIMIT $2`,
        code ? [PROJECT_PUBLIC_STATUSES, PUBLIC_LIMIT, code] : [PROJECT_PUBLIC_STATUSES, PUBLIC_LIMIT],
      ),
    );
  }

  /** The project a request belongs to, for its requester's tracking page and the request detail. */
  async projectOfRequest(requestId: string): Promise<RequestProjectRow | null> {
    const [row] = await this.replicas.read((db) =>
      db.query(
        `SELECT p.id, p.code, p.title, p.status,
              (SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id) AS "milestoneCount",
              (SELECT count(*)::int FROM project_milestone m WHERE m.project_id = p.id AND m.done_at IS NOT NULL) AS "milestoneDoneCount"
         FROM project_request pr JOIN project p ON p.id = pr.project_id WHERE pr.request_id = $1 AND pr.unlinked_at IS NULL`,
        [requestId],
      ),
    );
    return row ?? null;
  }
}
