import type { CreateUserRequest, UserSummary } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export function createUser(body: CreateUserRequest): Promise<UserSummary> {
  return api<UserSummary>('/users', { method: 'POST', json: body });
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
