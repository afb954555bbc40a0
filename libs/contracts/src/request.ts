// A worker's request (诉求): what intake accepts and what the lists, the detail view and public tracking return.
import type { AnswerResolved, AnswerSatisfaction, RequestAction, RequestChannel, RequestStatus } from '@banshishi/workflow';
import type { Page } from './audit';
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
 * Read the file at `GET /api/attachments/:id` (`?code=&secret=` for an anonymous requester), and a photo's
 * thumbnail (WebP, ≤ 360 px, ≤ 50 KB) at `GET /api/attachments/:id/thumbnail` with the same access.
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
  /** online, or the channel a cadre took it through (代为登记) */
  channel: RequestChannel;
  /** when its clocks start: the submission, or for a request taken in person the day it was heard */
  submittedAt: string;
  responseDueAt: string;
  /**
   * Anonymous submissions and requests taken in person only: shown once, stored only as a keyed hash. 16 characters
   * without look-alikes, in groups of four (`K7MQ-4XTR-9HCP-2WNA`); case, spaces and dashes do not matter when typed.
   */
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
  /** the category's English name, for the English interface */
  categoryNameEn: string;
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

/** `GET /api/requests` (the scoped list) and `GET /api/requests/mine` (我的诉求). */
export type RequestPage = Page<RequestListItem>;

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
  /** online, or the channel a cadre took it through (代为登记) */
  channel: RequestChannel;
  /** taken in person: the China day it was heard (YYYY-MM-DD); null online */
  heardOn: string | null;
  /** taken in person: the cadre who recorded it */
  takenByName: string | null;
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
  /** the request's own files (sent with it); progress notes' photos are in `notePhotos` */
  attachments: AttachmentSummary[];
  /** the photos of its progress notes (staff: all; the requester: public notes' only), shown under their notes */
  notePhotos: AttachmentSummary[];
  /** the 实事项目 this request belongs to, if any */
  project: RequestProjectSummary | null;
  /** merged: the request it went into and now follows (its progress and result, for the requester too) */
  mergedInto: FollowedRequest | null;
  /** staff only: the requests merged into this one (directly or through another merge), with their photos and answers */
  duplicates: MergedDuplicate[];
}

/** A requester's answer (评价) as it is shown back: on their own timeline, and on the target for a merged duplicate. */
export interface AnswerSummary {
  resolved: AnswerResolved;
  satisfaction: AnswerSatisfaction;
  comment?: string;
}

/**
 * The request a merged one follows, at the end of its chain of merges: what the merged request's requester follows
 * instead of their own (its office's public progress and result, never its requester's own entries).
 */
export interface FollowedRequest {
  /** staff only, to open it; null for the requester (it is not theirs) */
  id: string | null;
  code: string;
  title: string;
  status: RequestStatus;
  statusLabel: string;
  /** its public progress: accepted, notes, resolution… (no requester's answer, no photos) */
  timeline: TrackedRequestEvent[];
  project: RequestProjectSummary | null;
}

/** A request merged into another, as the target's staff see it. */
export interface MergedDuplicate {
  id: string;
  code: string;
  title: string;
  description: string;
  anonymous: boolean;
  requesterName: string | null;
  submittedAt: string;
  /** its own files (photos the duplicate's requester sent) */
  attachments: AttachmentSummary[];
  /** its requester's own answer, once the followed request was done and they gave it */
  answer: (AnswerSummary & { answeredAt: string }) | null;
}

export interface TrackedRequestEvent {
  action: string;
  toStatus: string;
  at: string;
  note?: string;
  /** the photos of a public progress note (listed in `notePhotos`, read with code + secret) */
  attachmentIds?: string[];
  /** feedback / return_visit: the requester's own answer */
  answer?: AnswerSummary;
}

/** `GET /api/track/:code?secret=…`: what an anonymous requester sees. */
export interface TrackedRequest {
  code: string;
  status: RequestStatus;
  statusLabel: string;
  categoryName: string;
  /** the category's English name, for the English interface */
  categoryNameEn: string;
  title: string;
  submittedAt: string;
  responseDueAt: string | null;
  timeline: TrackedRequestEvent[];
  /** notifications meant for the requester (progress, the question for their answer) */
  notifications: TrackedNotification[];
  /** the request's own files (sent with it) */
  attachments: AttachmentSummary[];
  /** the photos of its public progress notes */
  notePhotos: AttachmentSummary[];
  /** the 实事项目 this request belongs to, if any */
  project: RequestProjectSummary | null;
  /** merged: the request it went into and now follows */
  mergedInto: FollowedRequest | null;
  /** the requester may answer now (`POST /api/track/:code/feedback`): resolved, or merged and what it follows is done */
  canAnswer: boolean;
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

/** `POST /api/requests/bulk-actions`: the outcomes, in the order of the items sent. */
export interface BulkActionResults {
  results: BulkActionResult[];
}

/** `POST /api/requests/:id/contact`: the sealed contact, opened (the reason is on the audit log). */
export interface RevealedContact {
  contact: string;
}

/** `POST /api/track/:code/feedback`: the request after the anonymous requester's answer. */
export interface TrackedAnswerResult {
  code: string;
  status: RequestStatus;
}

/** `POST` and `DELETE /api/requests/:id/exclusion` (不合理诉求): whether the request is left out of the figures. */
export interface RequestExclusion {
  id: string;
  excluded: boolean;
  excludedAt: string | null;
  reason: string | null;
}
