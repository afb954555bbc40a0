// The SQL of the clock sweep: candidates per kind (indexed by warn_at / due_at / resolved_at), the locked request,
// and the once-only insert of the event.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import {
  ANSWER_WINDOW_DAYS,
  REQUEST_AWAITING_ANSWER_STATUSES,
  REQUEST_AWAITING_RESPONSE_STATUSES,
  REQUEST_IN_HAND_STATUSES,
  type ClockEventKind,
  type RequestStatus,
} from '@banshishi/workflow';

export interface SweptRequest {
  id: string;
  code: string;
  title: string;
  status: RequestStatus;
  reopenCount: number;
  version: number;
  requesterId: string | null;
  handlerId: string | null;
  handlingUnitId: string;
  dueAt: Date | null;
  warnAt: Date | null;
  resolvedAt: Date | null;
  graceDays: number;
}

/** Per kind: the statuses whose clock it belongs to, and the condition every due candidate meets (a superset). */
const PASSES: Record<ClockEventKind, { statuses: readonly RequestStatus[]; reached: string }> = {
  response_warning: { statuses: REQUEST_AWAITING_RESPONSE_STATUSES, reached: 'r.warn_at <= $1' },
  response_overdue: { statuses: REQUEST_AWAITING_RESPONSE_STATUSES, reached: 'r.due_at <= $1' },
  // n working days are at least n calendar days, so this is a superset; the calendar decides the rest
  response_escalation: { statuses: REQUEST_AWAITING_RESPONSE_STATUSES, reached: 'r.due_at <= $1::timestamptz - make_interval(days => c.grace_days)' },
  resolution_warning: { statuses: REQUEST_IN_HAND_STATUSES, reached: 'r.warn_at <= $1' },
  resolution_overdue: { statuses: REQUEST_IN_HAND_STATUSES, reached: 'r.due_at <= $1' },
  resolution_escalation: { statuses: REQUEST_IN_HAND_STATUSES, reached: 'r.due_at <= $1::timestamptz - make_interval(days => c.grace_days)' },
  answer_window_closed: { statuses: REQUEST_AWAITING_ANSWER_STATUSES, reached: `r.resolved_at <= $1::timestamptz - interval '${ANSWER_WINDOW_DAYS} days'` },
};

@Injectable()
export class ClockSweepRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One batch of requests that may have reached `kind` and have no event for it at their current due time. */
  async candidates(kind: ClockEventKind, now: Date, afterId: string | null, limit: number): Promise<string[]> {
    const pass = PASSES[kind];
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT r.id FROM request r JOIN category c ON c.id = r.category_id
        WHERE ${pass.reached} AND r.status = ANY($2) AND ($3::uuid IS NULL OR r.id > $3)
          AND ($4 = 'answer_window_closed' OR NOT EXISTS (
                SELECT 1 FROM clock_event e WHERE e.request_id = r.id AND e.kind = $4 AND e.due_at = r.due_at))
        ORDER BY r.id LIMIT $5`,
      [now.toISOString(), pass.statuses, afterId, kind, limit],
    );
    return rows.map((row) => row.id);
  }

  /** The request as the sweep needs it, locked until the transaction ends (actions on it queue behind). */
  async lock(manager: EntityManager, id: string): Promise<SweptRequest | null> {
    const [row] = await manager.query(
      `SELECT r.id, r.code, r.title, r.status, r.reopen_count AS "reopenCount", r.version, r.requester_id AS "requesterId",
              r.handler_id AS "handlerId", r.handling_unit_id AS "handlingUnitId", r.due_at AS "dueAt", r.warn_at AS "warnAt",
              r.resolved_at AS "resolvedAt", c.grace_days AS "graceDays"
         FROM request r JOIN category c ON c.id = r.category_id
        WHERE r.id = $1
        FOR UPDATE OF r`,
      [id],
    );
    return row ?? null;
  }

  /**
   * true only for the one transaction that records the event: it alone does the effects. `dueAt` null: the
   * request's running due time, taken as stored (a JavaScript Date would drop its microseconds).
   */
  async insertEvent(manager: EntityManager, requestId: string, kind: ClockEventKind, dueAt: Date | null, firedAt: Date): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO clock_event (request_id, kind, due_at, fired_at)
       VALUES ($1, $2, COALESCE($3::timestamptz, (SELECT due_at FROM request WHERE id = $1)), $4)
       ON CONFLICT DO NOTHING RETURNING id`,
      [requestId, kind, dueAt?.toISOString() ?? null, firedAt.toISOString()],
    );
    return rows.length > 0;
  }
}
