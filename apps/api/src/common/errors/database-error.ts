// PostgreSQL's refusals that are the client's doing, as the API's typed errors (mapped once, in the error filter): a
// unique violation is 409 naming the field, a value PostgreSQL cannot take (class 22) or a missing one 400, a broken
// rule (check, foreign key) 422, and a serialization failure or deadlock that outlived its retry (run-transaction.ts)
// 409. Anything else stays a bug (500); a lost connection is database-unavailable.ts (503).
import { DomainError, type FieldError } from './domain-error';

/** What the pg driver puts on its errors (TypeORM's QueryFailedError copies the same fields onto itself). */
interface PgError {
  code: string;
  severity?: string;
  constraint?: string;
  column?: string;
}

/**
 * The unique constraints (and unique indexes) a person can run into, by name: the field they name and what to say.
 * A violation of one not listed is still 409, without a field.
 */
export const UNIQUE_CONSTRAINT_FIELDS: Readonly<Record<string, FieldError>> = {
  org_unit_parent_id_name_key: { field: 'name', message: 'A unit of this name already exists under the same parent unit' },
  app_user_username: { field: 'username', message: 'This username is taken' },
  app_user_phone: { field: 'phone', message: 'Another account has this phone number' },
  org_unit_code: { field: 'code', message: 'Another unit has this code' },
  category_code_key: { field: 'code', message: 'A category with this code exists' },
  project_request_current: { field: 'requestIds', message: 'A request belongs to another project already' },
};

/** SQLSTATEs a transaction is retried on once (run-transaction.ts): nothing was wrong with the work itself. */
const RETRYABLE = new Set(['40001', '40P01']); // serialization_failure, deadlock_detected

/** The PostgreSQL error inside `error` (a QueryFailedError's driverError, or the error itself), if it is one. */
function pgError(error: unknown): PgError | null {
  if (typeof error !== 'object' || error === null) return null;
  const candidate = (error as { driverError?: unknown }).driverError ?? error;
  const { code, severity } = candidate as { code?: unknown; severity?: unknown };
  // A SQLSTATE is five characters; `severity` tells it from a Node error code of five letters (EPIPE).
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) && typeof severity === 'string' ? (candidate as PgError) : null;
}

/** The SQLSTATE of a PostgreSQL error, looking through TypeORM's QueryFailedError. */
export function sqlState(error: unknown): string | undefined {
  return pgError(error)?.code;
}

/** A serialization failure or a deadlock: the same work may well succeed when run again. */
export function isRetryableConflict(error: unknown): boolean {
  return RETRYABLE.has(sqlState(error) ?? '');
}

function camelCase(column: string): string {
  return column.replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The API's error for a PostgreSQL refusal that is not a bug; null for anything else. */
export function databaseError(error: unknown): DomainError | null {
  const pg = pgError(error);
  if (!pg) return null;
  if (pg.code === '23505') {
    const known = pg.constraint ? UNIQUE_CONSTRAINT_FIELDS[pg.constraint] : undefined;
    return known ? new DomainError('CONFLICT', known.message, { errors: [known] }) : new DomainError('CONFLICT', 'This conflicts with an existing record');
  }
  if (RETRYABLE.has(pg.code)) return new DomainError('CONFLICT', 'Someone else was changing the same records at the same moment: please try again');
  if (pg.code === '23502') {
    const field = pg.column ? camelCase(pg.column) : 'body';
    return new DomainError('VALIDATION_FAILED', `${field} is required`, { errors: [{ field, message: `${field} is required` }] });
  }
  if (pg.code === '23503') return new DomainError('UNPROCESSABLE', 'This refers to a record that does not exist');
  if (pg.code === '23514') return new DomainError('UNPROCESSABLE', 'A value is outside what this record allows');
  // class 22, data exception: out of range, malformed, too long, a character the encoding has no place for
  if (pg.code.startsWith('22')) return new DomainError('VALIDATION_FAILED', 'A value cannot be stored as given: it is out of range or malformed');
  return null;
}
