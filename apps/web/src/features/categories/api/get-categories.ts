// `GET /api/categories?all=true`: every category, inactive ones too (admin view), in sort order.
import type { Category } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { categoriesQueryKey } from '../../../lib/api/get-active-categories';

export function getAllCategories(): Promise<Category[]> {
  return api<Category[]>('/categories', { query: { all: true } });
}

export const allCategoriesQueryOptions = queryOptions({ queryKey: [...categoriesQueryKey, 'all'], queryFn: getAllCategories });

export function useAllCategories() {
  return useQuery(allCategoriesQueryOptions);
}
