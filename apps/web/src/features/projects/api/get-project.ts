// `GET /api/projects/:id`: one project with its linked requests, timeline and availableActions.
import type { ProjectDetail } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getProject(id: string): Promise<ProjectDetail> {
  return api<ProjectDetail>(`/projects/${encodeURIComponent(id)}`);
}

export const projectQueryOptions = (id: string) => queryOptions({ queryKey: ['projects', 'detail', id], queryFn: () => getProject(id) });

export function useProject(id: string) {
  return useQuery(projectQueryOptions(id));
}
