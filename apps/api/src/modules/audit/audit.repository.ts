// Every SQL statement of the audit log: appending an entry and reading the log newest first.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
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
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insert(row: NewAuditRow, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.insert(AuditLogEntity, row);
  }

  /** Newest first, up to `limit` entries older than the `cursor` id, of one `action` when given. */
  page(options: { cursor?: string; limit: number; action?: string }): Promise<AuditRow[]> {
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
    params.push(options.limit);
    return this.dataSource.query(
      `SELECT a.id, a.at, a.actor_id, u.display_name AS actor_name, a.action, a.entity_type, a.entity_id, a.before, a.after
         FROM audit_log a LEFT JOIN app_user u ON u.id = a.actor_id
        ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY a.id DESC LIMIT $${params.length}`,
      params,
    );
  }
}
