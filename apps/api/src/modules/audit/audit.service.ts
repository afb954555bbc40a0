import { Injectable } from '@nestjs/common';
import type { AuditActor, AuditEntry, Page } from '@banshishi/contracts';
import { CHINA_OFFSET_MS, DAY_MS, parseIsoDay, type AuditAction, type AuditEntityType } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { AuditRepository, type AuditFilter, type AuditRow } from './audit.repository';
import type { AuditFilterQuery } from './list-audit.query';

export interface AuditRecord {
  actorId: string | null;
  /** a code of AUDIT_ACTION_LABELS (libs/workflow): add a new kind of entry there, with its words, first */
  action: AuditAction;
  entityType: AuditEntityType;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
}

function day(text: string, field: string): number {
  const value = parseIsoDay(text);
  if (value === null) throw new DomainError('VALIDATION_FAILED', `${field} must be a real day (YYYY-MM-DD)`, { errors: [{ field, message: 'must be a real day (YYYY-MM-DD)' }] });
  return value;
}

/** The query's filter, its days turned into China-time instants ([from 00:00, the day after `to` 00:00)). */
export function auditFilter(query: AuditFilterQuery): AuditFilter {
  const from = query.from === undefined ? undefined : day(query.from, 'from');
  const to = query.to === undefined ? undefined : day(query.to, 'to');
  if (from !== undefined && to !== undefined && from > to) {
    throw new DomainError('VALIDATION_FAILED', 'from must not be after to', { errors: [{ field: 'from', message: 'must not be after to' }] });
  }
  return {
    actorId: query.actorId,
    actions: query.action,
    entityType: query.entityType,
    entityId: query.entityId,
    object: query.object?.trim() || undefined,
    from: from === undefined ? undefined : new Date(from * DAY_MS - CHINA_OFFSET_MS),
    to: to === undefined ? undefined : new Date((to + 1) * DAY_MS - CHINA_OFFSET_MS),
  };
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  return {
    id: String(row.id),
    at: row.at.toISOString(),
    actorId: row.actor_id,
    actorName: row.actor_name,
    actorUsername: row.actor_username,
    action: row.action,
    entityType: row.entity_type,
    entityId: row.entity_id,
    entityName: row.entity_name,
    entityNameEn: row.entity_name_en,
    before: row.before,
    after: row.after,
  };
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
  async list(filter: AuditFilter, options: { cursor?: string; limit: number }): Promise<Page<AuditEntry>> {
    const rows = await this.repository.page(filter, { ...options, limit: options.limit + 1 });
    const page = rows.slice(0, options.limit);
    return {
      items: page.map(toAuditEntry),
      nextCursor: rows.length > options.limit ? String(page[page.length - 1].id) : null,
    };
  }

  /** People to filter the log by. */
  actors(words: string | undefined): Promise<AuditActor[]> {
    return this.repository.people(words, 20);
  }
}
