// Session tokens: 32 random bytes for the client, an HMAC of them (keyed by APP_SECRET) in the database.
import { createHmac, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'banshishi_session';
export const SESSION_TTL_MS = 14 * 24 * 3600 * 1000;

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashSessionToken(token: string, secret: string): string {
  return createHmac('sha256', secret).update(`session:${token}`).digest('base64url');
}

/** A keyed hash of the client address, so throttling never stores an IP. */
export function clientKey(ip: string, secret: string): string {
  return createHmac('sha256', secret).update(`client:${ip}`).digest('base64url').slice(0, 22);
}
