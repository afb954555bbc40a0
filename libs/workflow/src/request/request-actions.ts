// A request's actions and their button labels (see DOMAIN.md "A request's life").

import type { Label } from '../label';

export const REQUEST_ACTIONS = [
  'accept',
  'reject',
  'transfer',
  'merge',
  'assign',
  'link_project',
  'unlink_project',
  'resolve',
  'feedback',
  'return_visit',
  'withdraw',
  'close_unrated',
  'note',
  'supervise',
  'request_extension',
  'decide_extension',
  'escalate',
] as const;

export type RequestAction = (typeof REQUEST_ACTIONS)[number];

export const REQUEST_ACTION_LABELS: Readonly<Record<RequestAction, Label>> = {
  accept: { zh: '受理', en: 'Accept' },
  reject: { zh: '不予受理', en: 'Reject' },
  transfer: { zh: '转办', en: 'Transfer' },
  merge: { zh: '合并', en: 'Merge' },
  assign: { zh: '交办', en: 'Assign' },
  link_project: { zh: '纳入项目', en: 'Link to project' },
  unlink_project: { zh: '项目取消，转回办理', en: 'Back from a cancelled project' },
  resolve: { zh: '办结', en: 'Resolve' },
  feedback: { zh: '评价', en: 'Give feedback' },
  return_visit: { zh: '回访', en: 'Record return visit' },
  withdraw: { zh: '撤回', en: 'Withdraw' },
  close_unrated: { zh: '逾期未评自动完结', en: 'Close unrated' },
  note: { zh: '记录', en: 'Add note' },
  supervise: { zh: '督办', en: 'Supervise' },
  request_extension: { zh: '申请延期', en: 'Ask for an extension' },
  decide_extension: { zh: '审批延期', en: 'Decide on the extension' },
  escalate: { zh: '超期督办', en: 'Escalate (overdue)' },
};

/** How a leader decides on an extension request. */
export const EXTENSION_DECISIONS = ['approved', 'refused'] as const;
export type ExtensionDecision = (typeof EXTENSION_DECISIONS)[number];

/** Which clock point an escalation marks: the due time itself, or the category's grace after it (to the parent unit). */
export const ESCALATION_LEVELS = ['overdue', 'grace'] as const;
export type EscalationLevel = (typeof ESCALATION_LEVELS)[number];
