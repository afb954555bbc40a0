// The requester's answers (feedback, or a cadre's 回访), stored beside the timeline so the figures can count them.
import { Injectable } from '@nestjs/common';
import type { RequestEvent } from '@banshishi/workflow';
import type { EntityManager } from 'typeorm';

export interface AnswerContext {
  requestId: string;
  event: RequestEvent;
  /** the request's reopen count before this answer: 0 for the first round, 1 after one 重办… */
  round: number;
  /** who typed it: the requester, the cadre making the 回访; null for an anonymous requester */
  recordedBy: string | null;
  at: Date;
}

@Injectable()
export class AnswersRepository {
  /** Inside the action's transaction; does nothing for actions that carry no answer. */
  async record(manager: EntityManager, context: AnswerContext): Promise<void> {
    const { event } = context;
    if (event.action !== 'feedback' && event.action !== 'return_visit') return;
    const payload = event.payload as { resolved: string; satisfaction: string; comment?: string; channel?: string };
    await manager.query(
      `INSERT INTO request_answer (request_id, source, resolved, satisfaction, comment, channel, round, answered_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        context.requestId,
        event.action,
        payload.resolved,
        payload.satisfaction,
        payload.comment ?? null,
        event.action === 'return_visit' ? (payload.channel ?? null) : null,
        context.round,
        context.at,
        context.recordedBy,
      ],
    );
  }
}
