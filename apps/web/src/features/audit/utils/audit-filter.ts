// The audit log's filters live in the address (like the dashboard's scope), so a filtered view can be shared, reloaded
// and exported exactly: by person, action(s), kind of object, one object, words naming the object, and days.
import { isAuditAction, isAuditEntityType, type AuditAction, type AuditEntityType } from '@banshishi/workflow';

export interface AuditFilter {
  actorId?: string;
  actions: AuditAction[];
  entityType?: AuditEntityType;
  entityId?: string;
  object?: string;
  /** YYYY-MM-DD, China days, both included */
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** What the address says, leaving out anything the API would refuse (an unknown action, a malformed day). */
export function auditFilterFromSearch(params: URLSearchParams): AuditFilter {
  const actions = (params.get('action') ?? '').split(',').filter(isAuditAction);
  const entityType = params.get('entityType') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  const range = DAY.test(from) && DAY.test(to) && from > to ? {} : { ...(DAY.test(from) ? { from } : {}), ...(DAY.test(to) ? { to } : {}) };
  const actorId = params.get('actorId') ?? '';
  const entityId = params.get('entityId')?.trim() ?? '';
  const object = params.get('object')?.trim() ?? '';
  return {
    actions,
    ...(UUID.test(actorId) ? { actorId } : {}),
    ...(isAuditEntityType(entityType) ? { entityType } : {}),
    ...(entityId ? { entityId } : {}),
    ...(object ? { object } : {}),
    ...range,
  };
}

/** The API's query (and the address's): only what is set. */
export function auditFilterQuery(filter: AuditFilter): Record<string, string> {
  const query: Record<string, string> = {};
  if (filter.actorId) query.actorId = filter.actorId;
  if (filter.actions.length) query.action = filter.actions.join(',');
  if (filter.entityType) query.entityType = filter.entityType;
  if (filter.entityId) query.entityId = filter.entityId;
  if (filter.object) query.object = filter.object;
  if (filter.from) query.from = filter.from;
  if (filter.to) query.to = filter.to;
  return query;
}

export function isFiltered(filter: AuditFilter): boolean {
  return Object.keys(auditFilterQuery(filter)).length > 0;
}
