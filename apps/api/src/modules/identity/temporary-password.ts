// One-time passwords the system makes (an admin's reset, each account of an imported roster): random, 12 characters
// of an alphabet without look-alikes (no i/l/1, o/0), shown as xxxx-xxxx-xxxx, changed at the first sign-in.
//
// Stored as an HMAC keyed by APP_SECRET rather than argon2: argon2's cost is there to slow down guessing a password a
// person chose; a 59-bit random one does not need it, and 10,000 argon2 hashes would take minutes where a roster import
// has seconds. A database dump without APP_SECRET gives nothing to guess against.
import { createHmac, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
const LENGTH = 12;
const PREFIX = 'temp$hmac-sha256$';

export function newTemporaryPassword(): string {
  let password = '';
  for (let i = 0; i < LENGTH; i++) password += ALPHABET[randomInt(ALPHABET.length)];
  return password.replace(/(.{4})(?=.)/g, '$1-');
}

/** As typed from a printed slip: case, spaces and dashes do not matter. */
function canonical(password: string): string {
  return password.normalize('NFKC').toLowerCase().replace(/[\s-]/g, '');
}

function mac(secret: string, salt: string, password: string): Buffer {
  return createHmac('sha256', secret)
    .update(`temporary-password:${salt}:${canonical(password)}`)
    .digest();
}

export function hashTemporaryPassword(password: string, secret: string): string {
  const salt = randomBytes(12).toString('base64url');
  return `${PREFIX}${salt}$${mac(secret, salt, password).toString('base64url')}`;
}

export function isTemporaryPasswordHash(stored: string): boolean {
  return stored.startsWith(PREFIX);
}

export function verifyTemporaryPassword(stored: string, password: string, secret: string): boolean {
  const [salt, expected] = stored.slice(PREFIX.length).split('$');
  if (!salt || !expected) return false;
  const given = mac(secret, salt, password);
  const wanted = Buffer.from(expected, 'base64url');
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
