// Every SQL statement of intake: submission, idempotency keys, lists, the detail view and public tracking.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REQUEST_OPEN_STATUSES, type RequestStatus } from '@banshishi/workflow';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import type { RequestCursor } from './request-cursor';

export interface UnitRef {
  id: string;
  path: string;
}

export interface CategoryRef {
  id: string;
  nameZh: string;
  responseDays: number;
}

export interface NewRequestRow {
  id: string;
  code: string;
  homeUnitId: string;
  categoryId: string;
  requesterId: string | null;
  anonymous: boolean;
  title: string;
  description: string;
  submittedAt: Date;
  responseDueAt: Date;
  responseWarnAt: Date;
  trackingSecretHash: string | null;
  contactEncrypted: Buffer | null;
}

export interface StoredIdempotencyKey {
  bodyHash: string;
  responseStatus: number | null;
  responseEncrypted: Buffer | null;
}

export interface RequestRow {
  id: string;
  code: string;
  status: RequestStatus;
  anonymous: boolean;
  title: string;
  categoryId: string;
  categoryName: string;
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
  title: string;
  categoryName: string;
  submittedAt: Date;
  responseDueAt: Date | null;
  trackingSecretHash: string | null;
}

export interface ListFilters {
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

export const IDEMPOTENCY_TTL = '24 hours';

const LIST_COLUMNS = [
  'r.id AS "id"',
  'r.code AS "code"',
  'r.status AS "status"',
  'r.anonymous AS "anonymous"',
  'r.title AS "title"',
  'r.category_id AS "categoryId"',
  'c.name_zh AS "categoryName"',
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

@Injectable()
export class IntakeRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  async unitByEntryToken(entryToken: string): Promise<(UnitRef & { name: string }) | null> {
    if (entryToken.length > 200) return null;
    const [row] = await this.dataSource.query(`SELECT id, path, name FROM org_unit WHERE entry_token = $1`, [entryToken]);
    return row ?? null;
  }

  async unitById(id: string): Promise<UnitRef | null> {
    const [row] = await this.dataSource.query(`SELECT id, path FROM org_unit WHERE id = $1`, [id]);
    return row ?? null;
  }

  async activeCategory(id: string): Promise<CategoryRef | null> {
    const [row] = await this.dataSource.query(
      `SELECT id, name_zh AS "nameZh", response_days AS "responseDays" FROM category WHERE id = $1 AND active`,
      [id],
    );
    return row ?? null;
  }

  async nextCodeNumber(manager: EntityManager): Promise<number> {
    const [row] = await manager.query(`SELECT nextval('request_code_seq')::int AS n`);
    return row.n;
  }

  /** The request and its first timeline event (`submit`), in the caller's transaction. */
  async insertSubmission(manager: EntityManager, row: NewRequestRow): Promise<void> {
    await manager.query(
      `INSERT INTO request (id, code, home_unit_id, handling_unit_id, category_id, requester_id, anonymous, title, description, status,
                            submitted_at, updated_at, response_due_at, response_warn_at, tracking_secret_hash, contact_encrypted)
       VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, 'submitted', $9, $9, $10, $11, $12, $13)`,
      [row.id, row.code, row.homeUnitId, row.categoryId, row.requesterId, row.anonymous, row.title, row.description, row.submittedAt, row.responseDueAt, row.responseWarnAt, row.trackingSecretHash, row.contactEncrypted],
    );
    await manager.query(
      `INSERT INTO request_event (request_id, action, from_status, to_status, actor_id, payload, public, at)
       VALUES ($1, 'submit', NULL, 'submitted', $2, '{}', true, $3)`,
      [row.id, row.requesterId, row.submittedAt],
    );
  }

  /**
   * Takes the key for this submission (or over an expired one). False when a live key exists: after a concurrent
   * holder commits, since PostgreSQL makes this insert wait for it.
   */
  async claimIdempotencyKey(manager: EntityManager, scope: string, key: string, bodyHash: string): Promise<boolean> {
    const rows = await manager.query(
      `INSERT INTO idempotency_key AS k (scope, key, body_hash) VALUES ($1, $2, $3)
       ON CONFLICT (scope, key) DO UPDATE SET body_hash = EXCLUDED.body_hash, response_status = NULL, response_encrypted = NULL, created_at = now()
         WHERE k.created_at < now() - interval '${IDEMPOTENCY_TTL}'
       RETURNING key`,
      [scope, key, bodyHash],
    );
    return rows.length > 0;
  }

  async saveIdempotentResponse(manager: EntityManager, scope: string, key: string, status: number, encrypted: Buffer): Promise<void> {
    await manager.query(`UPDATE idempotency_key SET response_status = $3, response_encrypted = $4 WHERE scope = $1 AND key = $2`, [scope, key, status, encrypted]);
  }

  async idempotencyKey(scope: string, key: string): Promise<StoredIdempotencyKey | null> {
    const [row] = await this.dataSource.query(
      `SELECT body_hash AS "bodyHash", response_status AS "responseStatus", response_encrypted AS "responseEncrypted"
         FROM idempotency_key WHERE scope = $1 AND key = $2 AND created_at >= now() - interval '${IDEMPOTENCY_TTL}'`,
      [scope, key],
    );
    return row ?? null;
  }

  async purgeExpiredIdempotencyKeys(): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE created_at < now() - interval '${IDEMPOTENCY_TTL}'`);
  }

  /** A list query, newest first; the caller adds the scope (ScopeService.restrict on `hu.path`). */
  listQuery(filters: ListFilters): SelectQueryBuilder<Record<string, unknown>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select(LIST_COLUMNS)
      .from('request', 'r')
      .innerJoin('category', 'c', 'c.id = r.category_id')
      .innerJoin('org_unit', 'hu', 'hu.id = r.handling_unit_id')
      .limit(filters.limit + 1);
    if (filters.sort === 'urgency') query.orderBy(URGENCY, 'ASC').addOrderBy('r.id', 'ASC');
    else query.orderBy('r.submitted_at', 'DESC').addOrderBy('r.id', 'DESC');
    if (filters.status) query.andWhere('r.status = :status', { status: filters.status });
    if (filters.categoryId) query.andWhere('r.category_id = :categoryId', { categoryId: filters.categoryId });
    if (filters.requesterId) query.andWhere('r.requester_id = :requesterId', { requesterId: filters.requesterId });
    if (filters.q) query.andWhere('(r.code = :qCode OR r.title ILIKE :q OR r.description ILIKE :q)', { q: likePattern(filters.q), qCode: filters.q.toUpperCase() });
    if (filters.overdue !== undefined) query.andWhere(filters.overdue ? 'r.due_at < now()' : '(r.due_at IS NULL OR r.due_at >= now())');
    if (filters.anonymous !== undefined) query.andWhere('r.anonymous = :anonymous', { anonymous: filters.anonymous });
    if (filters.cursor && filters.sort === 'urgency') {
      query.andWhere(`(${URGENCY}, r.id) > (:cursorAt::timestamptz, :cursorId::uuid)`, { cursorAt: filters.cursor.at, cursorId: filters.cursor.id });
    } else if (filters.cursor) {
      query.andWhere('(r.submitted_at, r.id) < (:cursorAt::timestamptz, :cursorId::uuid)', { cursorAt: filters.cursor.at, cursorId: filters.cursor.id });
    }
    return query;
  }

  /**
   * How many open requests of each status (the backlog: closed ones are history, counted by the evaluation figures),
   * and how many are overdue or nearly so; the caller adds the scope on `r.handling_unit_id`.
   */
  countsQuery(): SelectQueryBuilder<Record<string, unknown>> {
    const query = this.dataSource
      .createQueryBuilder()
      .select('r.status', 'status')
      .addSelect('count(*)::int', 'count')
      .addSelect('count(*) FILTER (WHERE r.due_at < now())::int', 'overdue')
      .addSelect('count(*) FILTER (WHERE r.warn_at <= now() AND r.due_at >= now())::int', 'dueSoon')
      .from('request', 'r')
      .where('r.status IN (:...openStatuses)', { openStatuses: REQUEST_OPEN_STATUSES })
      .groupBy('r.status');
    return query;
  }

  async detail(id: string): Promise<RequestDetailRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT ${LIST_COLUMNS.join(', ')},
              r.description AS "description", r.home_unit_id AS "homeUnitId", home.name AS "homeUnitName", hu.path AS "handlingUnitPath",
              r.requester_id AS "requesterId", u.display_name AS "requesterName", r.handler_id AS "handlerId",
              r.reopen_count AS "reopenCount", r.contact_encrypted IS NOT NULL AS "hasContact",
              r.response_warn_at AS "responseWarnAt", r.resolution_due_at AS "resolutionDueAt",
              r.extension_days AS "extensionDays", r.extension_requested_at AS "extensionRequestedAt", r.extended_days AS "extendedDays"
         FROM request r
         JOIN category c ON c.id = r.category_id
         JOIN org_unit hu ON hu.id = r.handling_unit_id
         JOIN org_unit home ON home.id = r.home_unit_id
         LEFT JOIN app_user u ON u.id = r.requester_id
        WHERE r.id = $1`,
      [id],
    );
    return row ?? null;
  }

  timeline(requestId: string, publicOnly: boolean): Promise<TimelineRow[]> {
    return this.dataSource.query(
      `SELECT e.action, e.from_status AS "fromStatus", e.to_status AS "toStatus", e.at, u.display_name AS "actorName", e.public, e.payload
         FROM request_event e LEFT JOIN app_user u ON u.id = e.actor_id
        WHERE e.request_id = $1 ${publicOnly ? 'AND e.public' : ''}
        ORDER BY e.id`,
      [requestId],
    );
  }

  async byCode(code: string): Promise<TrackingRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT r.id, r.code, r.status, r.title, c.name_zh AS "categoryName", r.submitted_at AS "submittedAt",
              r.response_due_at AS "responseDueAt", r.tracking_secret_hash AS "trackingSecretHash"
         FROM request r JOIN category c ON c.id = r.category_id
        WHERE r.code = $1`,
      [code],
    );
    return row ?? null;
  }
}
