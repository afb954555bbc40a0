// One error type for the whole API: a code a program can switch on and a message a person can read.
export type ErrorCode =
  | 'VALIDATION_FAILED'
  | 'MISSING_INPUT'
  /** a request HTTP itself cannot read (a malformed request line or header) */
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  /** signed in with a password that must be changed first (an admin's reset, a roster's one-time password) */
  | 'PASSWORD_CHANGE_REQUIRED'
  | 'NOT_FOUND'
  | 'REQUEST_TIMEOUT'
  | 'STALE_VERSION'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'URI_TOO_LONG'
  | 'UNSUPPORTED_MEDIA_TYPE'
  | 'INVALID_TRANSITION'
  | 'UNPROCESSABLE'
  | 'RATE_LIMITED'
  | 'ACCOUNT_LOCKED'
  | 'HEADERS_TOO_LARGE'
  | 'INTERNAL'
  | 'SERVICE_UNAVAILABLE'
  | 'DATABASE_UNAVAILABLE';

export const ERROR_STATUS: Record<ErrorCode, number> = {
  VALIDATION_FAILED: 400,
  MISSING_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  PASSWORD_CHANGE_REQUIRED: 403,
  NOT_FOUND: 404,
  REQUEST_TIMEOUT: 408,
  STALE_VERSION: 409,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  URI_TOO_LONG: 414,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_TRANSITION: 422,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  ACCOUNT_LOCKED: 429,
  HEADERS_TOO_LARGE: 431,
  INTERNAL: 500,
  SERVICE_UNAVAILABLE: 503,
  DATABASE_UNAVAILABLE: 503,
};

export interface FieldError {
  field: string;
  message: string;
}

export class DomainError extends Error {
  override name = 'DomainError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** `attemptsLeft`: on a failed login, the wrong passwords left before the account locks (LoginFailure) */
    readonly details: { errors?: FieldError[]; retryAfterSeconds?: number; attemptsLeft?: number } = {},
  ) {
    super(message);
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}
