// `GET /api/requests/:id/similar`: possible duplicates of a request, best first, for cadres and leaders.
import type { StaffSimilarRequest } from '@banshishi/contracts';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export function getStaffSimilar(id: string): Promise<StaffSimilarRequest[]> {
  return api<StaffSimilarRequest[]>(`/requests/${encodeURIComponent(id)}/similar`);
}

export function useStaffSimilar(id: string) {
  return useQuery({ queryKey: ['requests', 'similar-to', id], queryFn: () => getStaffSimilar(id) });
}
