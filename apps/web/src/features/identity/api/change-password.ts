// `POST /api/auth/password`: the signed-in person's own new password. The server ends their other sessions and lifts a
// pending change; the answer is the person as they are now.
import type { ChangePasswordRequest, CurrentUser } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { currentUserQueryKey } from './get-current-user';

export function changePassword(body: ChangePasswordRequest): Promise<CurrentUser> {
  return api<CurrentUser>('/auth/password', { method: 'POST', json: body });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: (user) => {
      // Whatever was refused while the change was pending is asked again.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
