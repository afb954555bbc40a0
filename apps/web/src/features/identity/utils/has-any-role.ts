import type { CurrentUser, RoleName } from '@banshishi/contracts';

/** True when the user holds one of the roles on some unit. What that unit covers is the server's business. */
export function hasAnyRole(user: Pick<CurrentUser, 'roles'> | null | undefined, roles: readonly RoleName[]): boolean {
  return !!user && user.roles.some((grant) => roles.includes(grant.role));
}
