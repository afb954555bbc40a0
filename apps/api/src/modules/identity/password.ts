// Password hashing with argon2id (the @node-rs/argon2 default). How long a new password must be is USER_LIMITS
// (libs/contracts), shared with the web's form.
import { hash, verify } from '@node-rs/argon2';
import { isTemporaryPasswordHash, verifyTemporaryPassword } from './temporary-password';

export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false; // a malformed stored hash never lets anyone in
  }
}

// Verifying against this when the username is unknown keeps the timing the same as for a real account.
let decoy: Promise<string> | null = null;
export async function verifyDecoy(password: string): Promise<false> {
  decoy ??= hash('banshishi-decoy-password');
  await verifyPassword(await decoy, password);
  return false;
}

/**
 * A stored password of either kind: a person's own (argon2) or a one-time one (temporary-password.ts). A one-time one
 * also pays for an argon2 verify, so the time taken does not tell which kind an account has.
 */
export async function verifyStoredPassword(stored: string, password: string, secret: string): Promise<boolean> {
  if (!isTemporaryPasswordHash(stored)) return verifyPassword(stored, password);
  await verifyDecoy(password);
  return verifyTemporaryPassword(stored, password, secret);
}
