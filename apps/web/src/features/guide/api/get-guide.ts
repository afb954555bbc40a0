// `GET /api/guide` (public): the guiding article 「坚守“四心” 增强“四力”」 as structure.
import type { GuideArticle } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getGuide(): Promise<GuideArticle> {
  return api<GuideArticle>('/guide');
}

// The article is committed content: it does not change while the app runs.
export const guideQueryOptions = () => queryOptions({ queryKey: ['guide'], queryFn: getGuide, staleTime: Infinity });

export function useGuide() {
  return useQuery(guideQueryOptions());
}
