// A request's statuses (see DOMAIN.md "A request's life").

import type { Label } from '../label';

export const REQUEST_STATUSES = ['submitted', 'accepted', 'in_progress', 'in_project', 'resolved', 'closed', 'rejected', 'merged', 'withdrawn'] as const;

export type RequestStatus = (typeof REQUEST_STATUSES)[number];

export const REQUEST_TERMINAL_STATUSES = ['closed', 'rejected', 'merged', 'withdrawn'] as const satisfies readonly RequestStatus[];

/** Every status where the request is still being worked on: notes and 督办 are allowed here. */
export const REQUEST_OPEN_STATUSES = REQUEST_STATUSES.filter((status) => !(REQUEST_TERMINAL_STATUSES as readonly RequestStatus[]).includes(status));

/** Still waiting for the office's work: the 积压 (backlog) figure, similar-request search, and where a duplicate may be merged into. */
export const REQUEST_BACKLOG_STATUSES = ['submitted', 'accepted', 'in_progress', 'in_project'] as const satisfies readonly RequestStatus[];

/** The response clock runs: waiting for the cadre's 响应 (accept, reject, merge, transfer). */
export const REQUEST_AWAITING_RESPONSE_STATUSES = ['submitted'] as const satisfies readonly RequestStatus[];

/** The resolution clock runs: accepted and being worked on by its handler. */
export const REQUEST_IN_HAND_STATUSES = ['accepted', 'in_progress'] as const satisfies readonly RequestStatus[];

/** Accepted and not yet resolved, outside any project: what may join a 实事项目 (and so what 据此提议实事项目 proposes). */
export const REQUEST_LINKABLE_STATUSES = ['accepted', 'in_progress'] as const satisfies readonly RequestStatus[];

/** Resolved and waiting for the requester's answer (评价) within the answer window. */
export const REQUEST_AWAITING_ANSWER_STATUSES = ['resolved'] as const satisfies readonly RequestStatus[];

/** Resolved at least once and not sent back: the work is done (closed counts only once answered or timed out). */
export const REQUEST_DONE_STATUSES = ['resolved', 'closed'] as const satisfies readonly RequestStatus[];

/** Whether a status belongs to a group (typed so any status may be asked about). */
export function inStatusGroup<S extends string>(group: readonly S[], status: string): status is S {
  return (group as readonly string[]).includes(status);
}

export const REQUEST_STATUS_LABELS: Readonly<Record<RequestStatus, Label>> = {
  submitted: { zh: '待受理', en: 'Submitted' },
  accepted: { zh: '已受理', en: 'Accepted' },
  in_progress: { zh: '办理中', en: 'In progress' },
  in_project: { zh: '纳入项目', en: 'In a project' },
  resolved: { zh: '已办结', en: 'Resolved' },
  closed: { zh: '已完结', en: 'Closed' },
  rejected: { zh: '不予受理', en: 'Rejected' },
  merged: { zh: '已合并', en: 'Merged' },
  withdrawn: { zh: '已撤回', en: 'Withdrawn' },
};

/** A request as the workflow sees it; everything else (unit, handler, clocks) lives in the api. */
export interface RequestState {
  readonly status: RequestStatus;
  /** how many times a negative answer has sent it back for 重办 */
  readonly reopenCount: number;
  /**
   * A merged request only: whether the request it follows (at the end of its chain of merges) is done — resolved or
   * closed — and whether this request's own requester has answered already. They answer once, for themselves.
   */
  readonly followed?: { readonly done: boolean; readonly answered: boolean };
}
