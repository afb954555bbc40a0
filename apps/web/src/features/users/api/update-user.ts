import type { UpdateUserRequest, UserSummary } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export function updateUser({ id, ...body }: UpdateUserRequest & { id: string }): Promise<UserSummary> {
  return api<UserSummary>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', json: body });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
