// A 实事项目's statuses (see DOMAIN.md "A project's life").

import type { Label } from '../label';

export const PROJECT_STATUSES = ['draft', 'pending_approval', 'approved', 'rejected', 'implementing', 'completed', 'evaluated', 'cancelled'] as const;

export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_TERMINAL_STATUSES = ['rejected', 'evaluated', 'cancelled'] as const satisfies readonly ProjectStatus[];

/**
 * Where a project can still be cancelled. completed is neither open nor terminal: the work is
 * done and only 评估问效 remains, so cancelling it would rewrite history.
 */
export const PROJECT_OPEN_STATUSES = ['draft', 'pending_approval', 'approved', 'implementing'] as const satisfies readonly ProjectStatus[];

/** A request may be linked to a project until its work is done or refused: the open statuses. */
export const PROJECT_LINKABLE_STATUSES = PROJECT_OPEN_STATUSES;

/** Shown on the public 公示 (and to the requesters of its requests): approved, and everything after, but never refused or cancelled. */
export const PROJECT_PUBLIC_STATUSES = ['approved', 'implementing', 'completed', 'evaluated'] as const satisfies readonly ProjectStatus[];

/** The work is done: progress is final, and the outcome (满意率, beneficiaries) can be evaluated. */
export const PROJECT_DONE_STATUSES = ['completed', 'evaluated'] as const satisfies readonly ProjectStatus[];

/** Being carried out: milestones are planned and completed here. */
export const PROJECT_IMPLEMENTING_STATUSES = ['implementing'] as const satisfies readonly ProjectStatus[];

export const PROJECT_STATUS_LABELS: Readonly<Record<ProjectStatus, Label>> = {
  draft: { zh: '草拟', en: 'Draft' },
  pending_approval: { zh: '待审批', en: 'Pending approval' },
  approved: { zh: '已立项', en: 'Approved' },
  rejected: { zh: '不予立项', en: 'Rejected' },
  implementing: { zh: '实施中', en: 'Implementing' },
  completed: { zh: '已完成', en: 'Completed' },
  evaluated: { zh: '已评估', en: 'Evaluated' },
  cancelled: { zh: '已取消', en: 'Cancelled' },
};

export interface ProjectState {
  readonly status: ProjectStatus;
  /** milestones neither done nor waived: the project cannot be completed while any remain */
  readonly openMilestones: number;
}
