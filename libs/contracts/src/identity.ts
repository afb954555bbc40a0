export type RoleName = 'worker' | 'cadre' | 'leader' | 'admin';

export interface RoleGrant {
  role: RoleName;
  unitId: string;
  unitName: string;
}

export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  roles: RoleGrant[];
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface LoginResponse {
  accessToken: string;
  expiresAt: string;
  user: CurrentUser;
}

/** Admin view of an account. */
export interface UserSummary {
  id: string;
  username: string;
  displayName: string;
  disabled: boolean;
  roles: RoleGrant[];
  createdAt: string;
  /** where notifications are e-mailed, when SMTP is configured */
  email?: string | null;
}

export interface CreateUserRequest {
  username: string;
  displayName: string;
  password: string;
  roles: { role: RoleName; unitId: string }[];
  email?: string | null;
}

export interface UpdateUserRequest {
  displayName?: string;
  password?: string;
  disabled?: boolean;
  roles?: { role: RoleName; unitId: string }[];
  /** null removes the address */
  email?: string | null;
}
