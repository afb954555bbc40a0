// `GET /api/workspace`: the caller's assigned requests and project milestones, due soonest first.
import type { Workspace } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getWorkspace(): Promise<Workspace> {
  return api<Workspace>('/workspace');
}

// Under 'requests' so that any request or project action refreshes it (their mutations invalidate that key).
export const workspaceQueryOptions = () => queryOptions({ queryKey: ['requests', 'workspace'], queryFn: getWorkspace });

export function useWorkspace() {
  return useQuery(workspaceQueryOptions());
}
