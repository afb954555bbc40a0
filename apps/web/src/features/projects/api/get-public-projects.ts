// `GET /api/public/projects` and `/api/public/projects/:code` (公示, no login): approved projects, no personal data.
import type { PublicProject } from '@banshishi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getPublicProjects(): Promise<PublicProject[]> {
  return api<PublicProject[]>('/public/projects');
}

export function getPublicProject(code: string): Promise<PublicProject> {
  return api<PublicProject>(`/public/projects/${encodeURIComponent(code)}`);
}

export function usePublicProjects() {
  return useQuery({ queryKey: ['public-projects'], queryFn: getPublicProjects });
}

export function usePublicProject(code: string) {
  return useQuery({ queryKey: ['public-projects', code], queryFn: () => getPublicProject(code) });
}
