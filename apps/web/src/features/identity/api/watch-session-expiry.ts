// When any query answers 401 the session has ended: ask `/auth/me` again so the route guards send the user to /login.
// Likewise a 403 PASSWORD_CHANGE_REQUIRED (an admin reset the password meanwhile): `/auth/me` says so, and the shell
// shows the change page. A failed save (mutation) does not redirect: its form keeps what the user typed and says why.
import type { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../../../lib/api-client';
import { currentUserQueryKey } from './get-current-user';

export function watchSessionExpiry(queryClient: QueryClient): () => void {
  return queryClient.getQueryCache().subscribe((event) => {
    if (event.type !== 'updated' || event.action.type !== 'error') return;
    if (event.query.queryKey[0] === currentUserQueryKey[0]) return;
    const error = event.action.error;
    if (error instanceof ApiRequestError && (error.status === 401 || error.code === 'PASSWORD_CHANGE_REQUIRED')) {
      void queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
    }
  });
}
