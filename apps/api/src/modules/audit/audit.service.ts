import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, Page } from '@banshishi/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogEntity } from './audit-log.entity';

export interface AuditRecord {
  actorId: string | null;
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

@Injectable()
export class AuditService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Pass the transaction's manager so the entry commits (or not) with the change it describes. */
  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLogEntity, {
      actorId: entry.actorId,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: (entry.before ?? null) as object | null,
      after: (entry.after ?? null) as object | null,
    });
  }

  /** Newest first, keyset-paginated on id. */
  async list(options: { cursor?: string; limit: number; action?: string }): Promise<Page<AuditEntry>> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (options.cursor) {
      params.push(options.cursor);
      where.push(`a.id < $${params.length}`);
    }
    if (options.action) {
      params.push(options.action);
      where.push(`a.action = $${params.length}`);
    }
    params.push(options.limit + 1);
    const rows: { id: string; at: Date; actor_id: string | null; actor_name: string | null; action: string; entity_type: string; entity_id: string | null; before: unknown; after: unknown }[] =
      await this.dataSource.query(
        `SELECT a.id, a.at, a.actor_id, u.display_name AS actor_name, a.action, a.entity_type, a.entity_id, a.before, a.after
           FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
          ORDER BY a.id DESC LIMIT $${params.length}`,
        params,
      );
    const page = rows.slice(0, options.limit);
    return {
      items: page.map((row) => ({
        id: String(row.id),
        at: row.at.toISOString(),
        actorId: row.actor_id,
        actorName: row.actor_name,
        action: row.action,
        entityType: row.entity_type,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
      })),
      nextCursor: rows.length > options.limit ? String(page[page.length - 1].id) : null,
    };
  }
}
