// When any query answers 401 the session has ended: ask `/auth/me` again so the route guards send the user to /login.
// A failed save (mutation) does not redirect: its form keeps what the user typed and says why it failed.
import type { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../../../lib/api-client';
import { currentUserQueryKey } from './get-current-user';

export function watchSessionExpiry(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    if (event.query.queryKey[0] === currentUserQueryKey[0]) return;
    const error = event.action.error;
    if (error instanceof ApiRequestError && error.status === 401) {
      void queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
    }
  });
}
