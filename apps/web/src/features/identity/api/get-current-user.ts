// `GET /api/auth/me`: who is signed in. A 401 is an answer (nobody), not an error.
import { queryOptions, useQuery } from '@tanstack/react-query';
import { getCurrentUser } from './fetch-current-user';

export { getCurrentUser };

export const currentUserQueryKey = ['auth', 'me'] as const;

export const currentUserQueryOptions = queryOptions({
  queryKey: currentUserQueryKey,
  queryFn: getCurrentUser,
  staleTime: 5 * 60_000,
});

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions);
}
