// `POST /api/projects` (a draft from selected requests) and `PATCH /api/projects/:id` (while draft).
import type { CreateProjectRequest, ProjectDetail, UpdateProjectRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { projectQueryOptions } from './get-project';

export function createProject(body: CreateProjectRequest): Promise<ProjectDetail> {
  return api<ProjectDetail>('/projects', { method: 'POST', json: body });
}

export function updateProject({ id, body }: { id: string; body: UpdateProjectRequest }): Promise<ProjectDetail> {
  return api<ProjectDetail>(`/projects/${encodeURIComponent(id)}`, { method: 'PATCH', json: body });
}

export function useCreateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createProject,
    onSuccess: (project) => {
      client.setQueryData(projectQueryOptions(project.id).queryKey, project);
      void client.invalidateQueries({ queryKey: ['projects', 'list'] });
      void client.invalidateQueries({ queryKey: ['requests'] });
    },
  });
}

export function useUpdateProject() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateProject,
    onSuccess: (project) => {
      client.setQueryData(projectQueryOptions(project.id).queryKey, project);
      void client.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
  });
}
