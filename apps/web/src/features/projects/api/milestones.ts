// `POST /api/projects/:id/milestones`, `…/:milestoneId/complete` and `…/:milestoneId/waive` → the new detail.
import type { CompleteMilestoneRequest, PlanMilestoneRequest, ProjectDetail, WaiveMilestoneRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { projectQueryOptions } from './get-project';

export function planMilestone({ id, body }: { id: string; body: PlanMilestoneRequest }): Promise<ProjectDetail> {
  return api<ProjectDetail>(`/projects/${encodeURIComponent(id)}/milestones`, { method: 'POST', json: body });
}

export function completeMilestone({ id, milestoneId, body }: { id: string; milestoneId: string; body: CompleteMilestoneRequest }): Promise<ProjectDetail> {
  return api<ProjectDetail>(`/projects/${encodeURIComponent(id)}/milestones/${encodeURIComponent(milestoneId)}/complete`, { method: 'POST', json: body });
}

/** The approver (a leader) waives a milestone that will not be done, with the reason. */
export function waiveMilestone({ id, milestoneId, body }: { id: string; milestoneId: string; body: WaiveMilestoneRequest }): Promise<ProjectDetail> {
  return api<ProjectDetail>(`/projects/${encodeURIComponent(id)}/milestones/${encodeURIComponent(milestoneId)}/waive`, { method: 'POST', json: body });
}

function useSettle() {
  const client = useQueryClient();
  return (project: ProjectDetail) => {
    client.setQueryData(projectQueryOptions(project.id).queryKey, project);
    void client.invalidateQueries({ queryKey: ['projects'], predicate: (query) => query.queryKey[1] !== 'detail' });
    // the workspace lists milestones
    void client.invalidateQueries({ queryKey: ['requests', 'workspace'] });
  };
}

export function usePlanMilestone() {
  const onSuccess = useSettle();
  return useMutation({ mutationFn: planMilestone, onSuccess });
}

export function useCompleteMilestone() {
  const onSuccess = useSettle();
  return useMutation({ mutationFn: completeMilestone, onSuccess });
}

export function useWaiveMilestone() {
  const onSuccess = useSettle();
  return useMutation({ mutationFn: waiveMilestone, onSuccess });
}
