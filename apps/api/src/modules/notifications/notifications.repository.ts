// The SQL of notifications: who receives them, writing them, and each person's own list.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NotificationItem, NotificationKind, TrackedNotification } from '@banshishi/contracts';
import type { Role } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import type { NotificationText } from './notification-text';

export interface NotificationDraft extends NotificationText {
  kind: NotificationKind;
  /** null: an anonymous requester, who reads it on the tracking page of requestId */
  recipientId: string | null;
  requestId: string | null;
  projectId?: string | null;
  createdAt?: Date;
}

export interface NotifiedRequest {
  id: string;
  code: string;
  title: string;
  requesterId: string | null;
  handlerId: string | null;
  handlingUnitId: string;
}

interface ItemRow {
  id: string;
  kind: NotificationKind;
  title_zh: string;
  body_zh: string;
  title_en: string | null;
  request_id: string | null;
  project_id: string | null;
  created_at: Date;
  read_at: Date | null;
}

function toItem(row: ItemRow): NotificationItem {
  return {
    id: String(row.id),
    kind: row.kind,
    title: row.title_zh,
    body: row.body_zh,
    titleEn: row.title_en,
    requestId: row.request_id,
    projectId: row.project_id,
    createdAt: new Date(row.created_at).toISOString(),
    readAt: row.read_at ? new Date(row.read_at).toISOString() : null,
  };
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async request(manager: EntityManager, id: string): Promise<NotifiedRequest | null> {
    const [row] = await manager.query(
      `SELECT id, code, title, requester_id AS "requesterId", handler_id AS "handlerId", handling_unit_id AS "handlingUnitId" FROM request WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The requests that follow this one: merged into it, or into one merged into it later (at most 32 links deep). */
  followers(manager: EntityManager, requestId: string): Promise<NotifiedRequest[]> {
    return manager.query(
      `WITH RECURSIVE followers(id, depth) AS (
         SELECT r.id, 1 FROM request r WHERE r.merged_into_id = $1
         UNION ALL
         SELECT r.id, f.depth + 1 FROM followers f JOIN request r ON r.merged_into_id = f.id WHERE f.depth < 32
       )
       SELECT r.id, r.code, r.title, r.requester_id AS "requesterId", r.handler_id AS "handlerId", r.handling_unit_id AS "handlingUnitId"
         FROM followers f JOIN request r ON r.id = f.id
        ORDER BY r.submitted_at, r.id`,
      [requestId],
    );
  }

  /**
   * Active holders of `role` at the nearest unit, going up from `unitId` (or from its parent, for 督办 by the level
   * above), that has any: a grassroots request's overdue notice goes to its own leaders when it has some, else to
   * the town's, and never to every leader of the district at once.
   */
  async nearestHolders(manager: EntityManager, unitId: string, role: Role, fromParent = false): Promise<string[]> {
    const rows: { user_id: string; depth: number }[] = await manager.query(
      `WITH start AS (
         SELECT COALESCE(p.path, u.path) AS path FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id AND $3 WHERE u.id = $1
       )
       SELECT g.user_id, length(o.path) AS depth
         FROM start, role_grant g
         JOIN org_unit o ON o.id = g.unit_id
         JOIN app_user a ON a.id = g.user_id AND NOT a.disabled
        WHERE g.role = $2 AND start.path LIKE o.path || '%'`,
      [unitId, role, fromParent],
    );
    const nearest = Math.max(...rows.map((row) => row.depth));
    return [...new Set(rows.filter((row) => row.depth === nearest).map((row) => row.user_id))];
  }

  /** Inserts the drafts; returns the ids of those whose recipient has an e-mail address. */
  async insert(manager: EntityManager, drafts: NotificationDraft[]): Promise<string[]> {
    if (drafts.length === 0) return [];
    const rows: { id: string; email: string | null }[] = await manager.query(
      `WITH input AS (
         SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(recipient_id uuid, request_id uuid, project_id uuid, kind text,
                title_zh text, body_zh text, title_en text, created_at timestamptz)
       ), inserted AS (
         INSERT INTO notification (recipient_id, request_id, project_id, kind, title_zh, body_zh, title_en, created_at)
         SELECT recipient_id, request_id, project_id, kind, title_zh, body_zh, title_en, COALESCE(created_at, now()) FROM input
         RETURNING id, recipient_id
       )
       SELECT i.id, a.email FROM inserted i LEFT JOIN app_user a ON a.id = i.recipient_id`,
      [
        JSON.stringify(
          drafts.map((d) => ({
            recipient_id: d.recipientId,
            request_id: d.requestId,
            project_id: d.projectId ?? null,
            kind: d.kind,
            title_zh: d.titleZh,
            body_zh: d.bodyZh,
            title_en: d.titleEn,
            created_at: d.createdAt?.toISOString() ?? null,
          })),
        ),
      ],
    );
    return rows.filter((row) => row.email).map((row) => String(row.id));
  }

  async list(userId: string, options: { before: string | null; limit: number; unread: boolean }): Promise<NotificationItem[]> {
    const rows: ItemRow[] = await this.dataSource.query(
      `SELECT id, kind, title_zh, body_zh, title_en, request_id, project_id, created_at, read_at FROM notification
        WHERE recipient_id = $1 AND ($2::bigint IS NULL OR id < $2) AND (NOT $3 OR read_at IS NULL)
        ORDER BY id DESC LIMIT $4`,
      [userId, options.before, options.unread, options.limit],
    );
    return rows.map(toItem);
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query(`SELECT count(*)::int AS count FROM notification WHERE recipient_id = $1 AND read_at IS NULL`, [userId]);
    return row.count;
  }

  /** Someone else's notification answers as if it did not exist (false). */
  async markRead(userId: string, id: string): Promise<NotificationItem | null> {
    const [row] = await this.dataSource
      .query(
        `UPDATE notification SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND recipient_id = $2
       RETURNING id, kind, title_zh, body_zh, title_en, request_id, project_id, created_at, read_at`,
        [id, userId],
      )
      .then((result: [ItemRow[], number]) => result[0]);
    return row ? toItem(row) : null;
  }

  async markAllRead(userId: string): Promise<number> {
    const [, count]: [unknown, number] = await this.dataSource.query(`UPDATE notification SET read_at = now() WHERE recipient_id = $1 AND read_at IS NULL`, [userId]);
    return count;
  }

  /** The tracking page: what was meant for the requester of this request (anonymous or not). */
  async forRequester(requestId: string): Promise<TrackedNotification[]> {
    const rows: { kind: NotificationKind; title_zh: string; created_at: Date }[] = await this.dataSource.query(
      `SELECT n.kind, n.title_zh, n.created_at FROM notification n JOIN request r ON r.id = n.request_id
        WHERE n.request_id = $1 AND (n.recipient_id IS NULL OR n.recipient_id = r.requester_id)
        ORDER BY n.id`,
      [requestId],
    );
    return rows.map((row) => ({ kind: row.kind, title: row.title_zh, at: new Date(row.created_at).toISOString() }));
  }

  async forEmail(id: string): Promise<{
    email: string | null;
    titleZh: string;
    bodyZh: string;
    emailSentAt: Date | null;
    kind: NotificationKind;
    requestId: string | null;
    projectId: string | null;
  } | null> {
    const [row] = await this.dataSource.query(
      `SELECT a.email, n.title_zh AS "titleZh", n.body_zh AS "bodyZh", n.email_sent_at AS "emailSentAt",
              n.kind, n.request_id AS "requestId", n.project_id AS "projectId"
         FROM notification n LEFT JOIN app_user a ON a.id = n.recipient_id WHERE n.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async markEmailSent(id: string): Promise<void> {
    await this.dataSource.query(`UPDATE notification SET email_sent_at = now() WHERE id = $1`, [id]);
  }
}
