import type { Category, CreateCategoryRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoriesQueryKey } from '../../../lib/api/get-active-categories';

export function createCategory(body: CreateCategoryRequest): Promise<Category> {
  return api<Category>('/categories', { method: 'POST', json: body });
}

export function useCreateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesQueryKey }),
  });
}
