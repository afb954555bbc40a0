/** One audit log entry: who (the person by name), what (the action: its code, shown through AUDIT_ACTION_LABELS), when, and on what. */
export interface AuditEntry {
  id: string;
  at: string;
  actorId: string | null;
  /** the person's display name; null for the system or a sign-in attempt with an unknown username */
  actorName: string | null;
  actorUsername: string | null;
  /** an AuditAction of @banshishi/workflow (its words in AUDIT_ACTION_LABELS) */
  action: string;
  /** an AuditEntityType (its words in AUDIT_ENTITY_TYPE_LABELS) */
  entityType: string;
  entityId: string | null;
  /** the object by its name or code: a person's name (username), a unit's or category's name, a request's code, a day, a route */
  entityName: string | null;
  /** the object's English name where it has one (categories); else null */
  entityNameEn: string | null;
  before: unknown;
  after: unknown;
}

/** `GET /api/audit/actors?q=`: people to filter the log by. */
export interface AuditActor {
  id: string;
  displayName: string;
  username: string;
}

export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `GET /api/audit`: newest first. */
export type AuditPage = Page<AuditEntry>;
