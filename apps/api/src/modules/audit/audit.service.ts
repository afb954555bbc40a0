import { Injectable } from '@nestjs/common';
import type { AuditEntry, Page } from '@banshishi/contracts';
import type { EntityManager } from 'typeorm';
import { AuditRepository } from './audit.repository';

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
  constructor(private readonly repository: AuditRepository) {}

  /** Pass the transaction's manager so the entry commits (or not) with the change it describes. */
  async record(entry: AuditRecord, manager?: EntityManager): Promise<void> {
    await this.repository.insert(
      {
        actorId: entry.actorId,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId ?? null,
        before: (entry.before ?? null) as object | null,
        after: (entry.after ?? null) as object | null,
      },
      manager,
    );
  }

  /** Newest first, keyset-paginated on id. */
  async list(options: { cursor?: string; limit: number; action?: string }): Promise<Page<AuditEntry>> {
    const rows = await this.repository.page({ ...options, limit: options.limit + 1 });
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
