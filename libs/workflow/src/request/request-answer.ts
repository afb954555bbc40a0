// The requester's two-part answer, as 12345 asks it: resolved? and satisfied?

import type { Label } from '../label';

export const ANSWER_RESOLVED = ['resolved', 'partly', 'unresolved'] as const;
export type AnswerResolved = (typeof ANSWER_RESOLVED)[number];

export const ANSWER_SATISFACTION = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const;
export type AnswerSatisfaction = (typeof ANSWER_SATISFACTION)[number];

export const RETURN_VISIT_CHANNELS = ['phone', 'in_person', 'other'] as const;
export type ReturnVisitChannel = (typeof RETURN_VISIT_CHANNELS)[number];

export const ANSWER_RESOLVED_LABELS: Readonly<Record<AnswerResolved, Label>> = {
  resolved: { zh: '已解决', en: 'Resolved' },
  partly: { zh: '部分解决', en: 'Partly resolved' },
  unresolved: { zh: '未解决', en: 'Unresolved' },
};

export const ANSWER_SATISFACTION_LABELS: Readonly<Record<AnswerSatisfaction, Label>> = {
  satisfied: { zh: '满意', en: 'Satisfied' },
  basically_satisfied: { zh: '基本满意', en: 'Basically satisfied' },
  dissatisfied: { zh: '不满意', en: 'Dissatisfied' },
};

export const RETURN_VISIT_CHANNEL_LABELS: Readonly<Record<ReturnVisitChannel, Label>> = {
  phone: { zh: '电话回访', en: 'Phone' },
  in_person: { zh: '上门回访', en: 'In person' },
  other: { zh: '其他', en: 'Other' },
};

/** 未解决 or 不满意 sends the request back for 重办; 部分解决 with 基本满意 does not. */
export function isNegativeAnswer(answer: { readonly resolved: AnswerResolved; readonly satisfaction: AnswerSatisfaction }): boolean {
  return answer.resolved === 'unresolved' || answer.satisfaction === 'dissatisfied';
}
