// `POST /api/projects/:id/actions/:action` with the version the page loaded → the new detail.
import type { ProjectDetail } from '@banshishi/contracts';
import type { ProjectAction } from '@banshishi/workflow';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { projectQueryOptions } from './get-project';

export interface ProjectActionInput {
  id: string;
  action: ProjectAction;
  version: number;
  input: Record<string, unknown>;
}

export function projectAction({ id, action, version, input }: ProjectActionInput): Promise<ProjectDetail> {
  return api<ProjectDetail>(`/projects/${encodeURIComponent(id)}/actions/${action}`, { method: 'POST', json: { ...input, version } });
}

export function useProjectAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: projectAction,
    onSuccess: (project) => {
      client.setQueryData(projectQueryOptions(project.id).queryKey, project);
      void client.invalidateQueries({ queryKey: ['projects'], predicate: (query) => query.queryKey[1] !== 'detail' });
      void client.invalidateQueries({ queryKey: ['requests'] });
    },
  });
}
