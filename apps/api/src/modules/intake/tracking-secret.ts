// The requester's tracking secret: random for the client, an HMAC (keyed by APP_SECRET) in the database.
// Written on paper slips and read out on the phone, so it uses no look-alikes and is read in groups of four.
import { createHmac, randomInt, timingSafeEqual } from 'node:crypto';

/** Digits and capitals without 0/O, 1/I/L (and lower-case l), or U/V: 30 symbols, ≈ 4.9 bits each. */
export const TRACKING_SECRET_ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';
export const TRACKING_SECRET_LENGTH = 16;
const GROUP = 4;

/** 16 symbols (≈ 78.5 bits), shown as `K7MQ-4XTR-9HCP-2WNA`. */
export function newTrackingSecret(): string {
  const symbols = Array.from({ length: TRACKING_SECRET_LENGTH }, () => TRACKING_SECRET_ALPHABET[randomInt(TRACKING_SECRET_ALPHABET.length)]).join('');
  return symbols.match(new RegExp(`.{${GROUP}}`, 'g'))?.join('-') ?? symbols;
}

/** What a person typed, as the secret is hashed: full-width forms folded, spaces and dashes dropped, upper case. */
export function normaliseTrackingSecret(typed: string): string {
  return typed
    .normalize('NFKC')
    .replace(/[\s\-‐‑‒–—－_]/g, '')
    .toUpperCase();
}

function hmac(text: string, appSecret: string): string {
  return createHmac('sha256', appSecret).update(`tracking:${text}`).digest('base64url');
}

/** The stored hash of a new secret: of its normal form, so case, spaces and dashes never matter. */
export function hashTrackingSecret(secret: string, appSecret: string): string {
  return hmac(normaliseTrackingSecret(secret), appSecret);
}

function same(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Constant-time check against the stored hash: of the typed secret's normal form (today's secrets) or of the secret
 * exactly as typed (the case-sensitive base64url secrets issued before, hashed as given); both are always computed.
 * With no stored hash (unknown code) it does the same work, then says no.
 */
export function trackingSecretMatches(secret: string, storedHash: string | null, appSecret: string): boolean {
  const stored = storedHash ?? hmac(`unknown:${secret}`, appSecret);
  const normal = same(hmac(normaliseTrackingSecret(secret), appSecret), stored);
  const legacy = same(hmac(secret, appSecret), stored);
  return (normal || legacy) && storedHash !== null;
}
