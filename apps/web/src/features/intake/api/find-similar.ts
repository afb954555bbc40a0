// `POST /api/requests/similar`: open requests nearby that look like what the worker is typing.
import type { FindSimilarRequest, SimilarRequest } from '@banshishi/contracts';
import { api } from '../../../lib/api-client';

/** Fewer characters than this in the title say too little to compare. */
export const SIMILAR_MIN_CHARS = 4;

export function findSimilar(body: FindSimilarRequest): Promise<SimilarRequest[]> {
  return api<SimilarRequest[]>('/requests/similar', { method: 'POST', json: body });
}
