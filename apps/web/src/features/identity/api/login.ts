// `POST /api/auth/login`: the server sets the httpOnly session cookie; the web keeps no token.
import type { LoginRequest, LoginResponse } from '@banshishi/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { currentUserQueryKey } from './get-current-user';

export function login(body: LoginRequest): Promise<LoginResponse> {
  return api<LoginResponse>('/auth/login', { method: 'POST', json: body });
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: ({ user }) => {
      // Nothing cached under someone else's session may leak into this one.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
