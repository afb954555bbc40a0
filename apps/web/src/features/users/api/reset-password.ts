// `POST /api/users/:id/password-reset`: a one-time password, answered this once; the person changes it at sign-in.
import type { PasswordReset } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { usersQueryKey } from './get-users';

export function resetPassword(id: string): Promise<PasswordReset> {
  return api<PasswordReset>(`/users/${encodeURIComponent(id)}/password-reset`, { method: 'POST' });
}

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersQueryKey }),
  });
}
