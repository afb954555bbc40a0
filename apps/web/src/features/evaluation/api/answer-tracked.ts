// `POST /api/track/:code/feedback` {secret, resolved, satisfaction, comment?}: an anonymous requester's answer.
import type { TrackedAnswerResult } from '@banshishi/contracts';
import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import type { AnswerValues } from '../utils/answer-outcome';

export interface TrackedAnswerInput extends AnswerValues {
  code: string;
  secret: string;
}

export function answerTracked({ code, ...body }: TrackedAnswerInput): Promise<TrackedAnswerResult> {
  return api<TrackedAnswerResult>(`/track/${encodeURIComponent(code)}/feedback`, { method: 'POST', json: body });
}

export function useAnswerTracked() {
  return useMutation({ mutationFn: answerTracked });
}
