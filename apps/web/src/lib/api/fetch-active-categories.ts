// `GET /api/categories` (public): the categories a worker may choose, in sort order. Plain fetch, for the light worker
// pages too (get-active-categories.ts is the full app's query of it).
import type { Category } from '@banshishi/contracts';
import { api } from '../api-client';

export function getActiveCategories(): Promise<Category[]> {
  return api<Category[]>('/categories');
}

/** Its key for useLoaded / loadOnce (lib/use-loaded). */
export const ACTIVE_CATEGORIES_KEY = 'categories/active';
