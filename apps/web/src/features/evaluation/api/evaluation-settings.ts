// `GET/PUT /api/settings/evaluation`: 满意率's w, the 综合得分 weights and the minimum sample (PUT: admin, audited).
import type { EvaluationSettings } from '@banshishi/contracts';
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const evaluationSettingsOptions = queryOptions({
  queryKey: ['settings', 'evaluation'],
  queryFn: () => api<EvaluationSettings>('/settings/evaluation'),
});

export const useEvaluationSettings = () => useQuery(evaluationSettingsOptions);

export function useSaveEvaluationSettings() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (settings: EvaluationSettings) => api<EvaluationSettings>('/settings/evaluation', { method: 'PUT', json: settings }),
    onSuccess: (saved) => {
      client.setQueryData(evaluationSettingsOptions.queryKey, saved);
      void client.invalidateQueries({ queryKey: ['dashboard'] });
    },
  });
}
