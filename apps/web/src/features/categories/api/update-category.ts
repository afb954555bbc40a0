import type { Category, UpdateCategoryRequest } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoriesQueryKey } from '../../../lib/api/get-active-categories';

export function updateCategory({ id, ...body }: UpdateCategoryRequest & { id: string }): Promise<Category> {
  return api<Category>(`/categories/${encodeURIComponent(id)}`, { method: 'PATCH', json: body });
}

export function useUpdateCategory() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateCategory,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: categoriesQueryKey }),
  });
}
