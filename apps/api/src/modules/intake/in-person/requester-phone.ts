// A requester's mainland mobile number: one normal form (11 digits), and the keyed hash an in-person request keeps to
// find its requester's account later. The number itself is only ever stored sealed (the request's contact).
import { createHmac } from 'node:crypto';

/** 1 + [3-9] + 9 digits: every mainland mobile prefix in use (13x–19x). */
const MAINLAND_MOBILE = /^1[3-9]\d{9}$/;

/**
 * The 11 digits of a mainland mobile number as people write it (spaces, dashes, dots, brackets, a leading +86 / 0086 /
 * 86), or null when it is not one.
 */
export function normaliseMainlandMobile(text: string): string | null {
  let digits = text.normalize('NFKC').replace(/[\s\-.()（）]/g, '');
  if (digits.startsWith('+86')) digits = digits.slice(3);
  else if (digits.startsWith('0086')) digits = digits.slice(4);
  else if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2);
  return MAINLAND_MOBILE.test(digits) ? digits : null;
}

/** HMAC (APP_SECRET) of the normal form: equal numbers meet, and a database dump alone does not give the numbers back. */
export function hashRequesterPhone(phone: string, appSecret: string): string {
  const normal = normaliseMainlandMobile(phone);
  if (normal === null) throw new Error('not a mainland mobile number');
  return createHmac('sha256', appSecret).update(`requester-phone:${normal}`).digest('base64url');
}
