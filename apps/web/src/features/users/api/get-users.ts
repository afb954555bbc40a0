// `GET /api/users`: every account (admin view).
import type { UserSummary } from '@banshishi/contracts';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';

export const usersQueryKey = ['users'] as const;

export function getUsers(): Promise<UserSummary[]> {
  return api<UserSummary[]>('/users');
}

export const usersQueryOptions = queryOptions({ queryKey: usersQueryKey, queryFn: getUsers });

export function useUsers() {
  return useQuery(usersQueryOptions);
}
