// `GET /api/categories` (public): the categories a worker may choose, in sort order.
import type { Category } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../api-client';

/** Every category query sits under this key, so the admin's changes (features/categories) refresh the pickers too. */
export const categoriesQueryKey = ['categories'] as const;

export function getActiveCategories(): Promise<Category[]> {
  return api<Category[]>('/categories');
}

export const activeCategoriesQueryOptions = queryOptions({ queryKey: [...categoriesQueryKey, 'active'], queryFn: getActiveCategories, staleTime: 5 * 60_000 });

export function useActiveCategories() {
  return useQuery(activeCategoriesQueryOptions);
}
