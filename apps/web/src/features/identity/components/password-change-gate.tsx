// A person whose password must be changed (after an admin's reset, or with a roster's one-time password) sees nothing
// but the change page until it is done: the server refuses everything else anyway (403 PASSWORD_CHANGE_REQUIRED).
import type { CurrentUser } from '@banshishi/contracts';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { PASSWORD_CHANGE_PATH, passwordChangeUrl } from '../utils/password-change-path';

export function PasswordChangeGate({ user, children }: { user: CurrentUser | null; children: ReactNode }) {
  const location = useLocation();
  if (user?.mustChangePassword && location.pathname !== PASSWORD_CHANGE_PATH) {
    const here = location.pathname === '/login' ? (new URLSearchParams(location.search).get('next') ?? '/') : location.pathname + location.search;
    return <Navigate to={passwordChangeUrl(here)} replace />;
  }
  return <>{children}</>;
}
