// `GET /api/public/projects` and `/api/public/projects/:code` (公示, no login): approved projects, no personal data.
import type { PublicProject, PublicProjectDetail } from '@banshishi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getPublicProjects(): Promise<PublicProject[]> {
  return api<PublicProject[]>('/public/projects');
}

export function getPublicProject(code: string): Promise<PublicProjectDetail> {
  return api<PublicProjectDetail>(`/public/projects/${encodeURIComponent(code)}`);
}

export function usePublicProjects() {
  return useQuery({ queryKey: ['public-projects'], queryFn: getPublicProjects });
}

export function usePublicProject(code: string, enabled = true) {
  return useQuery({ queryKey: ['public-projects', code], queryFn: () => getPublicProject(code), enabled });
}
