// Who is acting, as the workflow sees it. The api works the roles out from the org
// tree; the workflow only reads them, so it never needs to know about units.

export const ROLES = ['worker', 'cadre', 'leader', 'admin'] as const;

export type Role = (typeof ROLES)[number];

export interface Actor {
  /** null for the system and for an anonymous requester following a tracking code */
  readonly id: string | null;
  /** the scheduler (answer window, clocks); never a person */
  readonly system?: boolean;
  /** roles held over the entity's handling unit (the api computes this from the org subtree) */
  readonly roles: readonly Role[];
  readonly isRequester?: boolean;
  readonly isHandler?: boolean;
}

/**
 * True when the actor holds the role itself. Deliberately no hierarchy: an admin runs
 * users, units and the calendar, and gets no cadre powers over requests by being admin.
 */
export function hasRole(actor: Actor, role: Role): boolean {
  return actor.roles.includes(role);
}
