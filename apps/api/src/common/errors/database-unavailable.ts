// Which errors mean "the database cannot be reached right now" (answered 503 + Retry-After) rather than a bug (500).
import { DomainError } from './domain-error';

/** How long a client should wait before trying again: the embedded server is back within seconds. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/** Node socket errors on the way to the server. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ECONNABORTED', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/** SQLSTATEs: 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting, recovering); class 08 connection exceptions. */
const SQLSTATES = new Set(['57P01', '57P02', '57P03']);

/** pg and pg-pool raise these as plain Errors without a code. */
const MESSAGES = [
  /^Connection terminated/i, // "... unexpectedly", "... due to connection timeout"
  /timeout exceeded when trying to connect/i, // pg-pool: no client within connectionTimeoutMillis
  /Client has encountered a connection error and is not queryable/i,
  // TypeORM releases a transaction's query runner when its connection reports an error (the server is gone); the
  // transaction's next statement then raises QueryRunnerAlreadyReleasedError or QueryRunnerProviderAlreadyReleasedError.
  /query runner (was )?already released/i,
];

function isUnavailableLeaf(error: { code?: unknown; message?: unknown }): boolean {
  const code = typeof error.code === 'string' ? error.code : '';
  if (SOCKET_CODES.has(code) || SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  const message = typeof error.message === 'string' ? error.message : '';
  return MESSAGES.some((pattern) => pattern.test(message));
}

/** True for a lost or refused database connection, looking through TypeORM's `driverError`, `cause` and AggregateError. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const candidate = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown; errors?: unknown };
  if (isUnavailableLeaf(candidate)) return true;
  if (isDatabaseUnavailable(candidate.driverError, depth + 1) || isDatabaseUnavailable(candidate.cause, depth + 1)) return true;
  return Array.isArray(candidate.errors) && candidate.errors.some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

export function databaseUnavailableError(): DomainError {
  return new DomainError('DATABASE_UNAVAILABLE', 'The database is unavailable for the moment; please try again shortly.', {
    retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
  });
}
