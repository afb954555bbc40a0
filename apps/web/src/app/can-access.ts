import type { CurrentUser } from '@banshishi/contracts';
import { hasAnyRole } from '../features/identity/utils/has-any-role';
import type { Access } from './navigation';

/** Whether to show an entry. Only a convenience: the server checks every request again (403/404). */
export function canAccess(user: CurrentUser | null | undefined, access: Access): boolean {
  if (access === 'public') return true;
  if (access === 'signed-in') return !!user;
  return hasAnyRole(user, access);
}
