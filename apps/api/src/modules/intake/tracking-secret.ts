// The anonymous requester's tracking secret: random for the client, an HMAC (keyed by APP_SECRET) in the database.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export function newTrackingSecret(): string {
  return randomBytes(18).toString('base64url');
}

export function hashTrackingSecret(secret: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(`tracking:${secret}`).digest('base64url');
}

/** Constant-time check; with no stored hash (unknown code) it still does the same work, then says no. */
export function trackingSecretMatches(secret: string, storedHash: string | null, appSecret: string): boolean {
  const given = Buffer.from(hashTrackingSecret(secret, appSecret));
  const stored = Buffer.from(storedHash ?? hashTrackingSecret(`unknown:${secret}`, appSecret));
  return given.length === stored.length && timingSafeEqual(given, stored) && storedHash !== null;
}
