// Who is calling, as every guard, service and query helper sees it.
import type { Role } from '@banshishi/workflow';

export interface Grant {
  role: Role;
  unitId: string;
  unitName: string;
  /** the unit's path: the grant covers every unit whose path starts with it */
  unitPath: string;
}

export interface AuthUser {
  id: string;
  username: string;
  displayName: string;
  sessionId: string;
  grants: Grant[];
  /** 11 digits, when the account has a phone */
  phone?: string | null;
  /** signed in with a password that must be changed before anything else (auth.guard.ts) */
  mustChangePassword?: boolean;
}

/** Roles the user holds over a unit: grants at that unit or any unit above it. */
export function rolesOver(user: AuthUser, unitPath: string): Role[] {
  return [...new Set(user.grants.filter((grant) => unitPath.startsWith(grant.unitPath)).map((grant) => grant.role))];
}

/** The subtree roots (paths) where the user holds one of `roles` (any role when omitted). */
export function scopePaths(user: AuthUser, roles?: readonly Role[]): string[] {
  const paths = user.grants.filter((grant) => !roles || roles.includes(grant.role)).map((grant) => grant.unitPath);
  // Drop paths already covered by a shorter one.
  return [...new Set(paths)].filter((path, _i, all) => !all.some((other) => other !== path && path.startsWith(other)));
}

export function hasAnyRole(user: AuthUser, roles: readonly Role[]): boolean {
  return user.grants.some((grant) => roles.includes(grant.role));
}

/**
 * Whether the user holds one of `roles` at a root of the unit tree (path `/<root id>/`): what settings shared by the
 * whole tree (categories and their clocks, the working-day calendar, the figures' settings) need. An admin of a town
 * manages that town's units and people, not the district's rules.
 */
export function hasAnyRoleOverWholeTree(user: AuthUser, roles: readonly Role[]): boolean {
  return user.grants.some((grant) => roles.includes(grant.role) && /^\/[^/]+\/$/.test(grant.unitPath));
}
