// `GET /api/projects?status=` for each status a request may still join (the first 100 of each): the link-to-project
// picker's choices. Under the `projects` key, so any project change refreshes them.
import type { ProjectListItem } from '@banshishi/contracts';
import { PROJECT_LINKABLE_STATUSES, type ProjectStatus } from '@banshishi/workflow';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

function getProjectsIn(status: ProjectStatus): Promise<{ items: ProjectListItem[] }> {
  return api<{ items: ProjectListItem[] }>('/projects', { query: { status, limit: 100 } });
}

export async function getLinkableProjects(): Promise<ProjectListItem[]> {
  return (await Promise.all(PROJECT_LINKABLE_STATUSES.map(getProjectsIn))).flatMap((page) => page.items);
}

export function useLinkableProjects() {
  return useQuery({ queryKey: ['projects', 'linkable'], queryFn: getLinkableProjects });
}
