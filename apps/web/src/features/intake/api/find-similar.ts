// `POST /api/requests/similar`: open requests nearby that look like what the worker is typing.
import type { FindSimilarRequest, SimilarRequest } from '@banshishi/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

/** Fewer characters than this in the title say too little to compare. */
export const SIMILAR_MIN_CHARS = 4;

export function findSimilar(body: FindSimilarRequest): Promise<SimilarRequest[]> {
  return api<SimilarRequest[]>('/requests/similar', { method: 'POST', json: body });
}

export function useSimilarRequests(body: FindSimilarRequest) {
  return useQuery({
    queryKey: ['requests', 'similar', body],
    queryFn: () => findSimilar(body),
    enabled: body.title.trim().length >= SIMILAR_MIN_CHARS,
    placeholderData: keepPreviousData,
    staleTime: 60_000,
    retry: false,
  });
}
