// A worker's request (诉求): what intake accepts and what the lists, the detail view and public tracking return.
import type { RequestAction, RequestStatus } from '@banshishi/workflow';
import type { TrackedNotification } from './notification';
import type { RequestProjectSummary } from './project';

/**
 * `POST /api/requests`. A logged-in worker submits for a unit where they hold the worker role (`unitId`, or their
 * first such unit). Without a login, `entryToken` (the unit's QR key) and `anonymous: true` are required.
 * A logged-in worker who chooses `anonymous: true` is not stored as the requester, so the request does not appear
 * under 我的诉求: they follow it with the code and secret, like any anonymous requester.
 */
export interface CreateRequestRequest {
  categoryId: string;
  /** REQUEST_LIMITS.title characters */
  title: string;
  /** REQUEST_LIMITS.description characters */
  description: string;
  anonymous?: boolean;
  entryToken?: string;
  unitId?: string;
  /** optional contact for a return visit (REQUEST_LIMITS.contact characters), stored encrypted */
  contact?: string;
  /** up to ATTACHMENT_LIMITS.perRequest ids from `POST /api/attachments`, uploaded by the same caller (same login or same entry token) */
  attachmentIds?: string[];
}

/**
 * `POST /api/attachments` (multipart: an optional `entryToken` field first, then one `file`) → 201 this.
 * Read the file at `GET /api/attachments/:id` (`?code=&secret=` for an anonymous requester).
 */
export interface AttachmentSummary {
  id: string;
  kind: 'image' | 'pdf';
  contentType: string;
  size: number;
  /** display text only (the uploader's file name, cleaned) */
  originalName: string;
}

export interface CreatedRequest {
  id: string;
  code: string;
  status: RequestStatus;
  statusLabel: string;
  anonymous: boolean;
  submittedAt: string;
  responseDueAt: string;
  /** Anonymous submissions only: shown once, stored only as a keyed hash. */
  trackingSecret?: string;
}

export interface RequestListItem {
  id: string;
  code: string;
  status: RequestStatus;
  statusLabel: string;
  anonymous: boolean;
  title: string;
  categoryId: string;
  categoryName: string;
  handlingUnitId: string;
  handlingUnitName: string;
  submittedAt: string;
  responseDueAt: string | null;
  /** the clock running now: response while waiting for triage, resolution while being handled; null otherwise */
  dueAt: string | null;
  /** for actions straight from a list (bulk accept/assign) */
  version: number;
  /** that clock has run out */
  overdue: boolean;
  /** past 80 % of that clock, not yet due */
  dueSoon: boolean;
}

/** `GET /api/requests/counts`: the inbox header, over open requests (closed ones are history for the figures). */
export interface RequestCounts {
  byStatus: Partial<Record<RequestStatus, number>>;
  overdue: number;
  dueSoon: number;
}

/** One entry of the timeline a caller may see (internal notes only for cadres and leaders). */
export interface RequestTimelineEntry {
  action: string;
  fromStatus: string | null;
  toStatus: string;
  at: string;
  actorName: string | null;
  public: boolean;
  payload: Record<string, unknown>;
}

export interface RequestDetail extends RequestListItem {
  description: string;
  homeUnitId: string;
  homeUnitName: string;
  requesterId: string | null;
  requesterName: string | null;
  handlerId: string | null;
  reopenCount: number;
  /** an encrypted contact exists (revealed, audited, by a separate endpoint) */
  hasContact: boolean;
  responseWarnAt: string | null;
  /** the resolution clock (from acceptance, moved by approved extensions) */
  resolutionDueAt: string | null;
  /** working days added by approved extensions (延期) */
  extendedDays: number;
  /** staff only: a 延期 request waiting for a leader */
  pendingExtension: { days: number; requestedAt: string } | null;
  version: number;
  availableActions: RequestAction[];
  timeline: RequestTimelineEntry[];
  attachments: AttachmentSummary[];
  /** the 实事项目 this request belongs to, if any */
  project: RequestProjectSummary | null;
}

export interface TrackedRequestEvent {
  action: string;
  toStatus: string;
  at: string;
  note?: string;
  /** the photos of a public progress note (listed in `attachments`, read with code + secret) */
  attachmentIds?: string[];
}

/** `GET /api/track/:code?secret=…`: what an anonymous requester sees. */
export interface TrackedRequest {
  code: string;
  status: RequestStatus;
  statusLabel: string;
  categoryName: string;
  title: string;
  submittedAt: string;
  responseDueAt: string | null;
  timeline: TrackedRequestEvent[];
  /** notifications meant for the requester (progress, the question for their answer) */
  notifications: TrackedNotification[];
  attachments: AttachmentSummary[];
  /** the 实事项目 this request belongs to, if any */
  project: RequestProjectSummary | null;
}

/** `POST /api/requests/similar`: what a worker has typed so far (logged in, or with the entry page's `entryToken`). */
export interface FindSimilarRequest {
  title: string;
  description?: string;
  categoryId?: string;
  entryToken?: string;
}

/** A similar open request as anyone on the entry page may see it: no requester, contact or description. */
export interface SimilarRequest {
  code: string;
  title: string;
  status: RequestStatus;
  statusLabel: string;
  submittedAt: string;
  /** 0–1 */
  score: number;
}

/** `GET /api/requests/:id/similar`, for cadres and leaders: a possible duplicate and the words it shares. */
export interface StaffSimilarRequest {
  id: string;
  code: string;
  title: string;
  status: RequestStatus;
  score: number;
  sharedTerms: string[];
}

/** `POST /api/requests/bulk-actions` `{action: 'accept' | 'assign', items: [{id, version}], handlerId?}`: one outcome per request. */
export type BulkActionResult = { id: string; ok: true; status: RequestStatus; version: number } | { id: string; ok: false; code: string; message: string };
