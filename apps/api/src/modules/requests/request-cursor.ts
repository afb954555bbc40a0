// Opaque keyset cursor for request lists: the last row's (submitted_at, id), as base64url JSON.
import { DomainError } from '../../common/errors/domain-error';

export interface RequestCursor {
  /** the sort instant (submitted_at, or the due time for the urgency sort) with microseconds, ISO UTC; 'infinity' for no due time */
  at: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function encodeRequestCursor(cursor: RequestCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id]), 'utf8').toString('base64url');
}

export function decodeRequestCursor(text: string): RequestCursor {
  try {
    const value: unknown = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      (ISO.test(value[0]) || value[0] === 'infinity') &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    ) {
      return { at: value[0], id: value[1] };
    }
  } catch {
    // fall through
  }
  const message = 'cursor must be the nextCursor of a previous page';
  throw new DomainError('VALIDATION_FAILED', message, { errors: [{ field: 'cursor', message }] });
}
