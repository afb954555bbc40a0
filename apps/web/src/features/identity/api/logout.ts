// `POST /api/auth/logout`: the server clears the cookie; then a fresh page load of /login, so nothing cached
// under this session survives in memory (and no route guard races to redirect with `?next=`).
import { useMutation } from '@tanstack/react-query';
import { api, ApiRequestError } from '../../../lib/api-client';

export async function logout(): Promise<void> {
  try {
    await api<void>('/auth/logout', { method: 'POST' });
  } catch (error) {
    // Already signed out (session expired): the outcome is the same.
    if (!(error instanceof ApiRequestError && error.status === 401)) throw error;
  }
}

export function useLogout() {
  return useMutation({
    mutationFn: logout,
    onSuccess: () => window.location.replace('/login'),
  });
}
