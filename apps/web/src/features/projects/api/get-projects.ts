// `GET /api/projects?status=`: 实事项目 in the caller's scope, newest first, one keyset page at a time.
import type { ProjectPage } from '@banshishi/contracts';
import type { ProjectStatus } from '@banshishi/workflow';
import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getProjects(status?: ProjectStatus, cursor?: string, limit = 20): Promise<ProjectPage> {
  return api<ProjectPage>('/projects', { query: { status, cursor, limit } });
}

export const projectsQueryOptions = (status?: ProjectStatus) =>
  infiniteQueryOptions({
    queryKey: ['projects', 'list', status ?? null],
    queryFn: ({ pageParam }) => getProjects(status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

export function useProjects(status?: ProjectStatus) {
  return useInfiniteQuery(projectsQueryOptions(status));
}
