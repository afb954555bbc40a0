import type { ApiError } from './error';

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
  /** the account's mainland mobile number (11 digits), which signs in as well as the username */
  phone?: string | null;
  /**
   * After an admin's reset, or with an imported roster's one-time password: every call but `GET /api/auth/me`,
   * `POST /api/auth/logout` and `POST /api/auth/password` answers 403 PASSWORD_CHANGE_REQUIRED until it is changed.
   */
  mustChangePassword?: boolean;
}

export interface LoginRequest {
  /** the username, or the account's mobile number (+86, spaces and dashes allowed) */
  username: string;
  password: string;
}

/** Wrong passwords (within `windowMinutes`) that lock an account for `lockMinutes`; shown on the login page. */
export const LOGIN_LOCKOUT = { maxFailures: 5, windowMinutes: 15, lockMinutes: 15 } as const;

/** 401 from `POST /api/auth/login`: a wrong password and an unknown name are answered alike. */
export interface LoginFailure extends ApiError {
  /** wrong passwords left before the name is locked for LOGIN_LOCKOUT.lockMinutes (0: it is locked now) */
  attemptsLeft: number;
}

/** `POST /api/auth/password`: the signed-in person's own change; their other sessions end. */
export interface ChangePasswordRequest {
  currentPassword: string;
  /** follows the password rules (`passwordProblems` in @banshishi/workflow) */
  newPassword: string;
}

/** `POST /api/users/:id/password-reset`: a one-time password, shown to the admin this once; it must be changed at the next sign-in. */
export interface PasswordReset {
  temporaryPassword: string;
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
  /** mainland mobile number, 11 digits */
  phone?: string | null;
  /** the password was set by an admin (or a roster import) and is changed at the next sign-in */
  mustChangePassword?: boolean;
}

export interface CreateUserRequest {
  username: string;
  displayName: string;
  password: string;
  roles: { role: RoleName; unitId: string }[];
  email?: string | null;
  /** mainland mobile number (+86, spaces and dashes allowed; stored as 11 digits), unique */
  phone?: string | null;
  /** the person changes this password at their first sign-in */
  mustChangePassword?: boolean;
}

export interface UpdateUserRequest {
  displayName?: string;
  /** an admin's new password, which the person must change at their next sign-in */
  password?: string;
  disabled?: boolean;
  roles?: { role: RoleName; unitId: string }[];
  /** null removes the address */
  email?: string | null;
  /** null removes the number */
  phone?: string | null;
}
