// The reader's last write, carried by the reader: after a write the API sets a cookie holding the primary's WAL
// position, signed with the server secret, so every API process (not only the one that served the write) sends this
// reader's next reads to a replica only once the replica has replayed that far.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseWalPosition } from './wal-position';

export const READ_AFTER_COOKIE = 'bss_read_after';

/**
 * How long the cookie lives: well past the lag bound (REPLICA_MAX_LAG_SECONDS), after which every replica in use has
 * replayed the write anyway.
 */
export const READ_AFTER_MAX_AGE_SECONDS = 300;

function signature(secret: string, lsn: string): string {
  return createHmac('sha256', secret).update(`read-after:${lsn}`).digest('base64url').slice(0, 22);
}

export function signReadAfter(secret: string, lsn: string): string {
  return `${lsn}.${signature(secret, lsn)}`;
}

/** The WAL position in a cookie value this server signed, or null (absent, altered, not an LSN). */
export function verifyReadAfter(secret: string, value: string | undefined): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf('.');
  const lsn = value.slice(0, dot);
  if (dot < 0 || parseWalPosition(lsn) === null) return null;
  const given = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(signature(secret, lsn));
  return given.length === expected.length && timingSafeEqual(given, expected) ? lsn : null;
}
