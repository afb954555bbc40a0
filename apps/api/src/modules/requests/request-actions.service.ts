// A person's action on a request over HTTP (one, or the inbox's bulk accept/assign): the body read, the one
// executor called, and the request as that person now sees it.
import { Injectable } from '@nestjs/common';
import type { BulkActionResult, RequestDetail } from '@banshishi/contracts';
import { DomainError } from '../../common/errors/domain-error';
import type { ActionBody } from '../../common/pipes/action-body.pipe';
import { AttachmentsService } from '../attachments/attachments.service';
import type { AuthUser } from '../identity/auth-user';
import { RequestViewsService } from './request-views.service';
import { RequestTransitionsService } from './request-transitions.service';

@Injectable()
export class RequestActionsService {
  constructor(
    private readonly transitions: RequestTransitionsService,
    private readonly views: RequestViewsService,
    private readonly attachments: AttachmentsService,
  ) {}

  async act(user: AuthUser, id: string, action: string, { version, fields }: ActionBody): Promise<RequestDetail> {
    // A progress note's photos: the workflow's input schema knows nothing of them, so they travel beside the input.
    const { attachmentIds, ...input } = fields;
    await this.transitions.carryOut({
      requestId: id,
      action,
      input,
      by: { kind: 'user', user },
      version,
      attachmentIds: action === 'note' ? this.attachments.parseIds(attachmentIds) : [],
    });
    return this.views.detail(user, id);
  }

  /**
   * The same action on many requests (the inbox's bulk accept/assign). Each request is its own transaction, so one
   * stale or out-of-state request does not hold back the others; every outcome is reported.
   */
  async bulk(user: AuthUser, action: string, items: { id: string; version: number }[], input: Record<string, unknown>): Promise<BulkActionResult[]> {
    const results: BulkActionResult[] = [];
    for (const item of items) {
      try {
        const done = await this.transitions.carryOut({ requestId: item.id, action, input, by: { kind: 'user', user }, version: item.version });
        results.push({ id: item.id, ok: true, status: done.state.status, version: done.version });
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        results.push({ id: item.id, ok: false, code: error.code, message: error.message });
      }
    }
    return results;
  }
}
