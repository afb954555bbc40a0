// `GET /api/categories` (public): the categories a worker may choose, in sort order.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getActiveCategories } from './fetch-active-categories';

/** Every category query sits under this key, so the admin's changes (features/categories) refresh the pickers too. */
export const categoriesQueryKey = ['categories'] as const;

export const activeCategoriesQueryOptions = queryOptions({ queryKey: [...categoriesQueryKey, 'active'], queryFn: getActiveCategories, staleTime: 5 * 60_000 });

export function useActiveCategories() {
  return useQuery(activeCategoriesQueryOptions);
}
