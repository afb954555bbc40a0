// `GET /api/auth/me`: who is signed in. A 401 is an answer (nobody), not an error.
import type { CurrentUser } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api, ApiRequestError } from '../../../lib/api-client';

export const currentUserQueryKey = ['auth', 'me'] as const;

export async function getCurrentUser(): Promise<CurrentUser | null> {
  try {
    return await api<CurrentUser>('/auth/me');
  } catch (error) {
    if (error instanceof ApiRequestError && error.status === 401) return null;
    throw error;
  }
}

export const currentUserQueryOptions = queryOptions({
  queryKey: currentUserQueryKey,
  queryFn: getCurrentUser,
  staleTime: 5 * 60_000,
});

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions);
}
