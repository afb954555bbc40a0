// Every SQL statement of the audit log: appending an entry, and reading it newest first with who and what by name.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditAction, AuditEntityType } from '@banshishi/workflow';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export interface NewAuditRow {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: object | null;
  after: object | null;
}

export interface AuditRow {
  id: string;
  at: Date;
  actor_id: string | null;
  actor_name: string | null;
  actor_username: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  entity_name: string | null;
  entity_name_en: string | null;
  before: unknown;
  after: unknown;
}

/** Which entries; `from`/`to` are instants, [from, to). */
export interface AuditFilter {
  actorId?: string;
  actions?: readonly AuditAction[];
  entityType?: AuditEntityType;
  entityId?: string;
  /** words naming the object (see OBJECT_MATCHES) */
  object?: string;
  from?: Date;
  to?: Date;
}

const UUID_TEXT = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;
/** The entry's object id as a uuid when it is one (NULL otherwise, never a cast error). */
const ENTITY_UUID = `CASE WHEN a.entity_id ~ ${UUID_TEXT} THEN a.entity_id::uuid END`;

/**
 * The object by its name or code: a person's display name and username, a unit's or a category's name (and the
 * category's English name), a request's code; days and routes are their own names; a sign-in attempt under an unknown
 * username names the username tried.
 */
const ENTITY_NAME = `
  LEFT JOIN LATERAL (
    SELECT eu.display_name || '（' || eu.username || '）' AS name, NULL::text AS name_en FROM app_user eu WHERE a.entity_type = 'user' AND eu.id = ${ENTITY_UUID}
    UNION ALL SELECT ou.name, NULL FROM org_unit ou WHERE a.entity_type = 'org_unit' AND ou.id = ${ENTITY_UUID}
    UNION ALL SELECT c.name_zh, c.name_en FROM category c WHERE a.entity_type = 'category' AND c.id = ${ENTITY_UUID}
    UNION ALL SELECT r.code, NULL FROM request r WHERE a.entity_type = 'request' AND r.id = ${ENTITY_UUID}
    LIMIT 1
  ) named ON true`;

const ENTITY_NAME_COLUMN = `COALESCE(named.name, CASE
    WHEN a.entity_type IN ('calendar_day', 'route') THEN a.entity_id
    WHEN a.entity_type = 'user' THEN a.after->>'username'
  END)`;

/** LIKE wildcards in a person's words are matched literally. */
function contains(words: string): string {
  return `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * The objects whose words contain the text: people, units, categories by name (or code), a request by its exact code,
 * days and routes by their text, sign-in attempts by the username tried. Each side is a small table or an index
 * lookup, so the log itself is read only by (entity_type, entity_id).
 */
const OBJECT_MATCHES = (words: number, code: number) => `(
    (a.entity_type, a.entity_id) IN (
      SELECT 'user', id::text FROM app_user WHERE display_name ILIKE $${words} OR username ILIKE $${words}
      UNION ALL SELECT 'org_unit', id::text FROM org_unit WHERE name ILIKE $${words}
      UNION ALL SELECT 'category', id::text FROM category WHERE name_zh ILIKE $${words} OR name_en ILIKE $${words} OR code ILIKE $${words}
      UNION ALL SELECT 'request', id::text FROM request WHERE code = $${code})
    OR (a.entity_type IN ('calendar_day', 'route') AND a.entity_id ILIKE $${words})
    OR (a.entity_type = 'user' AND a.entity_id IS NULL AND a.after->>'username' ILIKE $${words}))`;

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(row: NewAuditRow, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLogEntity, row);
  }

  /** Newest first, up to `limit` entries older than the `cursor` id, that pass the filter. */
  page(filter: AuditFilter, options: { cursor?: string; limit: number }): Promise<AuditRow[]> {
    const params: unknown[] = [];
    const param = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const where: string[] = [];
    if (options.cursor) where.push(`a.id < ${param(options.cursor)}::bigint`);
    if (filter.actorId) where.push(`a.actor_id = ${param(filter.actorId)}::uuid`);
    if (filter.actions?.length) where.push(`a.action = ANY(${param(filter.actions)}::text[])`);
    if (filter.entityType) where.push(`a.entity_type = ${param(filter.entityType)}`);
    if (filter.entityId) where.push(`a.entity_id = ${param(filter.entityId)}`);
    if (filter.from) where.push(`a.at >= ${param(filter.from)}::timestamptz`);
    if (filter.to) where.push(`a.at < ${param(filter.to)}::timestamptz`);
    if (filter.object) {
      const words = filter.object.trim();
      param(contains(words));
      param(words.toUpperCase());
      where.push(OBJECT_MATCHES(params.length - 1, params.length));
    }
    const limit = param(options.limit);
    return this.dataSource.query(
      `SELECT a.id, a.at, a.actor_id, u.display_name AS actor_name, u.username AS actor_username, a.action, a.entity_type, a.entity_id,
              ${ENTITY_NAME_COLUMN} AS entity_name, named.name_en AS entity_name_en, a.before, a.after
         FROM audit_log a
         LEFT JOIN app_user u ON u.id = a.actor_id
         ${ENTITY_NAME}
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC LIMIT ${limit}::int`,
      params,
    );
  }

  async person(id: string): Promise<{ displayName: string; username: string } | undefined> {
    const [row] = await this.dataSource.query(`SELECT display_name AS "displayName", username FROM app_user WHERE id = $1`, [id]);
    return row;
  }

  /** People whose display name or username contains the words (everyone when none), by name. */
  people(words: string | undefined, limit: number): Promise<{ id: string; displayName: string; username: string }[]> {
    const text = words?.trim() ?? '';
    return this.dataSource.query(
      `SELECT id, display_name AS "displayName", username FROM app_user
        WHERE $1 = '' OR display_name ILIKE $2 OR username ILIKE $2
        ORDER BY display_name, username LIMIT $3::int`,
      [text, contains(text), limit],
    );
  }
}
