// The SQL of a request's life: the request locked for a transition, the targets its actions point at, and the reads
// (the scoped lists, counts, the detail view, the timeline, the request behind a tracking code).
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REQUEST_DONE_STATUSES, REQUEST_OPEN_STATUSES, type AnswerResolved, type AnswerSatisfaction, type RequestChannel, type RequestStatus } from '@banshishi/workflow';
import { eventsSince } from '../../common/database/events-since';
import { DataSource, EntityManager } from 'typeorm';
import { ReadReplicas } from '../../platform/replicas/read-replicas.service';
import type { RequestCursor } from './request-cursor';

/** The request as a transition needs it. */
export interface LockedRequest {
  id: string;
  status: RequestStatus;
  reopenCount: number;
  version: number;
  requesterId: string | null;
  handlerId: string | null;
  handlingUnitId: string;
  handlingUnitPath: string;
  respondedAt: Date | null;
  resolutionDays: number;
  resolutionDueAt: Date | null;
  acceptedAt: Date | null;
  extensionDays: number | null;
  extendedDays: number;
}

export interface RequestRow {
  id: string;
  code: string;
  status: RequestStatus;
  anonymous: boolean;
  title: string;
  categoryId: string;
  categoryName: string;
  categoryNameEn: string;
  handlingUnitId: string;
  handlingUnitName: string;
  submittedAt: Date;
  responseDueAt: Date | null;
  dueAt: Date | null;
  version: number;
  overdue: boolean;
  dueSoon: boolean;
  /** submitted_at with microseconds, for the keyset cursor */
  cursorAt: string;
  /** the due time with microseconds ('infinity' without one), for the urgency cursor */
  urgencyCursorAt: string;
}

export interface RequestDetailRow extends RequestRow {
  description: string;
  homeUnitId: string;
  homeUnitName: string;
  handlingUnitPath: string;
  requesterId: string | null;
  requesterName: string | null;
  channel: RequestChannel;
  heardOn: string | null;
  takenByName: string | null;
  handlerId: string | null;
  reopenCount: number;
  hasContact: boolean;
  responseWarnAt: Date | null;
  resolutionDueAt: Date | null;
  extensionDays: number | null;
  extensionRequestedAt: Date | null;
  extendedDays: number;
  version: number;
}

export interface StatusCountRow {
  status: RequestStatus;
  count: number;
  overdue: number;
  dueSoon: number;
}

export interface TimelineRow {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  at: Date;
  actorName: string | null;
  public: boolean;
  payload: Record<string, unknown>;
}

export interface TrackingRow {
  id: string;
  code: string;
  status: RequestStatus;
  reopenCount: number;
  title: string;
  categoryName: string;
  categoryNameEn: string;
  submittedAt: Date;
  responseDueAt: Date | null;
  trackingSecretHash: string | null;
}

/** The request a merged one follows: the end of its chain of merges (a merge target may itself be merged later). */
export interface FollowedRow {
  id: string;
  code: string;
  title: string;
  status: RequestStatus;
  submittedAt: Date;
  handlingUnitPath: string;
}

/** A request merged into another (directly, or into one merged into it later), as the target's staff see it. */
export interface DuplicateRow {
  id: string;
  code: string;
  title: string;
  description: string;
  anonymous: boolean;
  requesterName: string | null;
  submittedAt: Date;
  answerResolved: AnswerResolved | null;
  answerSatisfaction: AnswerSatisfaction | null;
  answerComment: string | null;
  answeredAt: Date | null;
}

/** A chain of merges is followed this far at most (each link was a merge into a request still being handled). */
const MAX_CHAIN = 32;

export interface ListFilters {
  /** only requests handled by these units (the caller's scope) */
  unitIds?: readonly string[];
  status?: RequestStatus;
  categoryId?: string;
  q?: string;
  requesterId?: string;
  /** only requests whose running clock has passed */
  overdue?: boolean;
  anonymous?: boolean;
  /** newest first (default), or the inbox order: most urgent clock first */
  sort?: 'newest' | 'urgency';
  cursor?: RequestCursor;
  limit: number;
}

const LIST_COLUMNS = [
  'r.id AS "id"',
  'r.code AS "code"',
  'r.status AS "status"',
  'r.anonymous AS "anonymous"',
  'r.title AS "title"',
  'r.category_id AS "categoryId"',
  'c.name_zh AS "categoryName"',
  'c.name_en AS "categoryNameEn"',
  'r.handling_unit_id AS "handlingUnitId"',
  'hu.name AS "handlingUnitName"',
  'r.submitted_at AS "submittedAt"',
  'r.response_due_at AS "responseDueAt"',
  'r.due_at AS "dueAt"',
  'r.version AS "version"',
  'COALESCE(r.due_at < now(), false) AS "overdue"',
  'COALESCE(r.warn_at <= now() AND r.due_at >= now(), false) AS "dueSoon"',
  `to_char(r.submitted_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS "cursorAt"`,
  `CASE WHEN r.due_at IS NULL THEN 'infinity' ELSE to_char(r.due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') END AS "urgencyCursorAt"`,
];

/** The inbox order: the clock that runs out first comes first; requests without a running clock last. */
const URGENCY = `COALESCE(r.due_at, 'infinity'::timestamptz)`;

/** LIKE wildcards in the user's words are matched literally. */
function likePattern(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The list's SQL, written out rather than built by TypeORM's query builder on every call: the inbox is the API's
 * busiest read, and the builder cost more CPU per call than the rest of the request's own code (docs/decisions.md
 * “Per-request cost”).
 */
export function listQuery(filters: ListFilters): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  const where: string[] = [];
  if (filters.status) where.push(`r.status = ${param(filters.status)}`);
  if (filters.categoryId) where.push(`r.category_id = ${param(filters.categoryId)}`);
  if (filters.requesterId) where.push(`r.requester_id = ${param(filters.requesterId)}`);
  if (filters.q) {
    const q = param(likePattern(filters.q));
    where.push(`(r.code = ${param(filters.q.toUpperCase())} OR r.title ILIKE ${q} OR r.description ILIKE ${q})`);
  }
  if (filters.overdue !== undefined) where.push(filters.overdue ? 'r.due_at < now()' : '(r.due_at IS NULL OR r.due_at >= now())');
  if (filters.anonymous !== undefined) where.push(`r.anonymous = ${param(filters.anonymous)}`);
  if (filters.cursor && filters.sort === 'urgency') {
    where.push(`(${URGENCY}, r.id) > (${param(filters.cursor.at)}::timestamptz, ${param(filters.cursor.id)}::uuid)`);
  } else if (filters.cursor) {
    where.push(`(r.submitted_at, r.id) < (${param(filters.cursor.at)}::timestamptz, ${param(filters.cursor.id)}::uuid)`);
  }
  if (filters.unitIds) where.push(`r.handling_unit_id = ANY(${param(filters.unitIds)})`);
  const order = filters.sort === 'urgency' ? `${URGENCY} ASC, r.id ASC` : 'r.submitted_at DESC, r.id DESC';
  const sql = `SELECT ${LIST_COLUMNS.join(', ')}
       FROM request r
       JOIN category c ON c.id = r.category_id
       JOIN org_unit hu ON hu.id = r.handling_unit_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY ${order}
      LIMIT ${param(filters.limit + 1)}`;
  return { sql, params };
}

@Injectable()
export class RequestsRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replicas: ReadReplicas,
  ) {}

  /** The request, locked for the rest of the transaction so concurrent actions queue behind each other. */
  async lock(manager: EntityManager, id: string): Promise<LockedRequest | null> {
    const [row] = await manager.query(
      `SELECT r.id, r.status, r.reopen_count AS "reopenCount", r.version, r.requester_id AS "requesterId", r.handler_id AS "handlerId",
              r.handling_unit_id AS "handlingUnitId", u.path AS "handlingUnitPath", r.responded_at AS "respondedAt",
              c.resolution_days AS "resolutionDays", r.resolution_due_at AS "resolutionDueAt", r.accepted_at AS "acceptedAt",
              r.extension_days AS "extensionDays", r.extended_days AS "extendedDays"
         FROM request r JOIN org_unit u ON u.id = r.handling_unit_id JOIN category c ON c.id = r.category_id
        WHERE r.id = $1
        FOR UPDATE OF r`,
      [id],
    );
    return row ?? null;
  }

  async unit(id: string): Promise<{ id: string; path: string } | null> {
    const [row] = await this.dataSource.query(`SELECT id, path FROM org_unit WHERE id = $1`, [id]);
    return row ?? null;
  }

  async mergeTarget(manager: EntityManager, id: string): Promise<{ id: string; status: RequestStatus; handlingUnitPath: string } | null> {
    const [row] = await manager.query(`SELECT r.id, r.status, u.path AS "handlingUnitPath" FROM request r JOIN org_unit u ON u.id = r.handling_unit_id WHERE r.id = $1`, [id]);
    return row ?? null;
  }

  /** A handler is an active account holding the cadre role over the unit. */
  async handlerCovers(userId: string, unitPath: string): Promise<boolean> {
    const [row] = await this.dataSource.query(
      `SELECT 1 FROM app_user a JOIN role_grant g ON g.user_id = a.id JOIN org_unit o ON o.id = g.unit_id
        WHERE a.id = $1 AND NOT a.disabled AND g.role = 'cadre' AND $2 LIKE o.path || '%' LIMIT 1`,
      [userId, unitPath],
    );
    return Boolean(row);
  }

  /** One page of the list (and one row more, to tell whether another page follows), newest or most urgent first. */
  list(filters: ListFilters): Promise<RequestRow[]> {
    const { sql, params } = listQuery(filters);
    return this.replicas.read((db) => db.query(sql, params));
  }

  /**
   * How many open requests of each status handled by these units (the backlog: closed ones are history, counted by the
   * evaluation figures), and how many are overdue or nearly so.
   */
  counts(unitIds: readonly string[]): Promise<StatusCountRow[]> {
    return this.replicas.read((db) =>
      db
        .createQueryBuilder()
        .select('r.status', 'status')
        .addSelect('count(*)::int', 'count')
        .addSelect('count(*) FILTER (WHERE r.due_at < now())::int', 'overdue')
        .addSelect('count(*) FILTER (WHERE r.warn_at <= now() AND r.due_at >= now())::int', 'dueSoon')
        .from('request', 'r')
        .where('r.status IN (:...openStatuses)', { openStatuses: REQUEST_OPEN_STATUSES })
        .groupBy('r.status')
        .andWhere('r.handling_unit_id = ANY(:unitIds)', { unitIds })
        .getRawMany<StatusCountRow>(),
    );
  }

  async detail(id: string): Promise<RequestDetailRow | null> {
    const [row] = await this.replicas.read((db) =>
      db.query(
        `SELECT ${LIST_COLUMNS.join(', ')},
              r.description AS "description", r.home_unit_id AS "homeUnitId", home.name AS "homeUnitName", hu.path AS "handlingUnitPath",
              r.requester_id AS "requesterId", COALESCE(u.display_name, r.requester_name) AS "requesterName", r.handler_id AS "handlerId",
              r.channel, to_char(r.heard_on, 'YYYY-MM-DD') AS "heardOn", taker.display_name AS "takenByName",
              r.reopen_count AS "reopenCount", r.contact_encrypted IS NOT NULL AS "hasContact",
              r.response_warn_at AS "responseWarnAt", r.resolution_due_at AS "resolutionDueAt",
              r.extension_days AS "extensionDays", r.extension_requested_at AS "extensionRequestedAt", r.extended_days AS "extendedDays"
         FROM request r
         JOIN category c ON c.id = r.category_id
         JOIN org_unit hu ON hu.id = r.handling_unit_id
         JOIN org_unit home ON home.id = r.home_unit_id
         LEFT JOIN app_user u ON u.id = r.requester_id
         LEFT JOIN app_user taker ON taker.id = r.taken_by_id
        WHERE r.id = $1`,
        [id],
      ),
    );
    return row ?? null;
  }

  /** A request's events, oldest first, from the months since its submission (eventsSince). */
  timeline(request: { id: string; submittedAt: Date }, publicOnly: boolean): Promise<TimelineRow[]> {
    return this.replicas.read((db) =>
      db.query(
        `SELECT e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.at, u.display_name AS "actorName", e.public, e.payload
         FROM request_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.request_id = $1 AND e.at >= $2 ${publicOnly ? 'AND e.public' : ''}
        ORDER BY e.id`,
        [request.id, eventsSince(request.submittedAt)],
      ),
    );
  }

  /** What a merged request follows, at the end of its chain of merges; null for a request that is not merged. */
  async followed(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<FollowedRow | null> {
    const [row] = await manager.query(
      `WITH RECURSIVE chain(id, depth) AS (
         SELECT r.merged_into_id, 1 FROM request r WHERE r.id = $1 AND r.merged_into_id IS NOT NULL
         UNION ALL
         SELECT n.merged_into_id, c.depth + 1 FROM chain c JOIN request n ON n.id = c.id WHERE n.merged_into_id IS NOT NULL AND c.depth < ${MAX_CHAIN}
       )
       SELECT t.id, t.code, t.title, t.status, t.submitted_at AS "submittedAt", u.path AS "handlingUnitPath"
         FROM chain c JOIN request t ON t.id = c.id JOIN org_unit u ON u.id = t.handling_unit_id
        ORDER BY c.depth DESC LIMIT 1`,
      [requestId],
    );
    return row ?? null;
  }

  /**
   * A merged request as the workflow's answer rule reads it (RequestState.followed): whether what it follows is done,
   * and whether its own requester has answered. For a transition, in its transaction after the request's lock.
   */
  async followState(requestId: string, manager: EntityManager = this.dataSource.manager): Promise<{ done: boolean; answered: boolean }> {
    const followed = await this.followed(requestId, manager);
    const [row] = await manager.query(`SELECT EXISTS (SELECT 1 FROM request_answer a WHERE a.request_id = $1) AS answered`, [requestId]);
    return { done: followed !== null && (REQUEST_DONE_STATUSES as readonly string[]).includes(followed.status), answered: row.answered };
  }

  /** Every request that follows this one (merged into it, or into one merged into it), oldest first, with its own latest answer. */
  duplicates(requestId: string): Promise<DuplicateRow[]> {
    return this.replicas.read((db) =>
      db.query(
        `WITH RECURSIVE followers(id, depth) AS (
         SELECT r.id, 1 FROM request r WHERE r.merged_into_id = $1
         UNION ALL
         SELECT r.id, f.depth + 1 FROM followers f JOIN request r ON r.merged_into_id = f.id WHERE f.depth < ${MAX_CHAIN}
       )
       SELECT r.id, r.code, r.title, r.description, r.anonymous, u.display_name AS "requesterName", r.submitted_at AS "submittedAt",
              la.resolved AS "answerResolved", la.satisfaction AS "answerSatisfaction", la.comment AS "answerComment", la.answered_at AS "answeredAt"
         FROM followers f JOIN request r ON r.id = f.id
         LEFT JOIN app_user u ON u.id = r.requester_id
         LEFT JOIN LATERAL (
           SELECT a.resolved, a.satisfaction, a.comment, a.answered_at FROM request_answer a
            WHERE a.request_id = r.id ORDER BY a.answered_at DESC, a.id DESC LIMIT 1
         ) la ON true
        ORDER BY r.submitted_at, r.id`,
        [requestId],
      ),
    );
  }

  async byCode(code: string): Promise<TrackingRow | null> {
    const [row] = await this.replicas.read((db) =>
      db.query(
        `SELECT r.id, r.code, r.status, r.reopen_count AS "reopenCount", r.title, c.name_zh AS "categoryName", c.name_en AS "categoryNameEn", r.submitted_at AS "submittedAt",
              r.response_due_at AS "responseDueAt", r.tracking_secret_hash AS "trackingSecretHash"
         FROM request r JOIN category c ON c.id = r.category_id
        WHERE r.code = $1`,
        [code],
      ),
    );
    return row ?? null;
  }
}
