// A project's actions and their button labels.

import type { Label } from '../label';

export const PROJECT_ACTIONS = [
  'edit',
  'submit',
  'approve',
  'return',
  'reject',
  'start',
  'complete',
  'evaluate',
  'cancel',
  'plan_milestone',
  'complete_milestone',
  'waive_milestone',
  'supervise',
] as const;

export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export const PROJECT_ACTION_LABELS: Readonly<Record<ProjectAction, Label>> = {
  edit: { zh: '编辑', en: 'Edit' },
  submit: { zh: '提交审批', en: 'Submit for approval' },
  approve: { zh: '批准立项', en: 'Approve' },
  return: { zh: '退回修改', en: 'Return for changes' },
  reject: { zh: '不予立项', en: 'Reject' },
  start: { zh: '开始实施', en: 'Start' },
  complete: { zh: '完成', en: 'Complete' },
  evaluate: { zh: '评估问效', en: 'Evaluate' },
  cancel: { zh: '取消', en: 'Cancel' },
  plan_milestone: { zh: '添加节点', en: 'Plan a milestone' },
  complete_milestone: { zh: '节点完成', en: 'Complete a milestone' },
  waive_milestone: { zh: '免除节点', en: 'Waive a milestone' },
  supervise: { zh: '督办', en: 'Supervise' },
};
