// 评估问效 of a completed project: `GET /api/projects/:id/evaluation` (staff) or the public outcome by code.
import type { ProjectEvaluation } from '@banshishi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function useProjectEvaluation(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['projects', 'evaluation', id],
    queryFn: () => api<ProjectEvaluation>(`/projects/${encodeURIComponent(id)}/evaluation`),
    enabled,
  });
}

export function usePublicProjectOutcome(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['public-projects', 'outcome', code],
    queryFn: () => api<ProjectEvaluation>(`/public/projects/${encodeURIComponent(code)}/outcome`),
    enabled,
  });
}
