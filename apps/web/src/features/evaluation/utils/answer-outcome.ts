// What the requester's answer did, in the words they are told: closed, sent back for 重办, or put before the leader.
import { inStatusGroup, isNegativeAnswer, REQUEST_IN_HAND_STATUSES, type AnswerResolved, type AnswerSatisfaction, type RequestStatus } from '@banshishi/workflow';

export interface AnswerValues {
  resolved: AnswerResolved;
  satisfaction: AnswerSatisfaction;
  comment?: string;
}

export type AnswerOutcome = 'closed' | 'reopened' | 'escalated' | 'recorded';

/**
 * From the answer and the status the server moved the request to (a third negative answer closes and escalates). A
 * merged request stays merged: its requester's answer is recorded, and nothing is reopened (the work was the other's).
 */
export function answerOutcome(answer: Pick<AnswerValues, 'resolved' | 'satisfaction'>, status: RequestStatus): AnswerOutcome {
  if (status === 'merged') return 'recorded';
  if (!isNegativeAnswer(answer)) return 'closed';
  // Sent back for 重办: in the handler's hands again. Otherwise the answer closed it and went to the leader.
  return inStatusGroup(REQUEST_IN_HAND_STATUSES, status) ? 'reopened' : 'escalated';
}
