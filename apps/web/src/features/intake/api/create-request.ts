// `POST /api/requests` with an `Idempotency-Key`: the same key sent twice (a double tap, a retry) makes one request.
// Plain fetch, no query library: it runs on the light worker pages. The full app hears REQUEST_CREATED and refreshes
// 我的诉求 (app/provider.tsx).
import type { CreatedRequest, CreateRequestRequest } from '@banshishi/contracts';
import { api } from '../../../lib/api-client';

export interface CreateRequestInput {
  body: CreateRequestRequest;
  idempotencyKey: string;
}

/** The window event sent after a request was created. */
export const REQUEST_CREATED = 'banshishi:request-created';

export async function createRequest({ body, idempotencyKey }: CreateRequestInput): Promise<CreatedRequest> {
  const created = await api<CreatedRequest>('/requests', { method: 'POST', json: body, headers: { 'Idempotency-Key': idempotencyKey } });
  window.dispatchEvent(new Event(REQUEST_CREATED));
  return created;
}
