// PostgreSQL WAL positions (LSNs, written `16/B374D848`) read and compared: where a replica has replayed to, against
// where the primary stood after a reader's write.

/** The position as a number, or null when the text is not an LSN. */
export function parseWalPosition(text: string): bigint | null {
  const match = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i.exec(text);
  return match ? (BigInt(`0x${match[1]}`) << 32n) | BigInt(`0x${match[2]}`) : null;
}

/** True when `replayed` is at or past `needed` (both LSN text). */
export function walReached(replayed: string, needed: string): boolean {
  const a = parseWalPosition(replayed);
  const b = parseWalPosition(needed);
  return a !== null && b !== null && a >= b;
}
