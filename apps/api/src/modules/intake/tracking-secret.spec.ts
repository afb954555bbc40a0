import { createHmac, randomBytes } from 'node:crypto';
import { TRACKING_SECRET_ALPHABET, hashTrackingSecret, newTrackingSecret, normaliseTrackingSecret, trackingSecretMatches } from './tracking-secret';

const APP_SECRET = 'test-secret-'.padEnd(40, 'x');

describe('tracking secret', () => {
  it('is four groups of four symbols without look-alikes, different each time', () => {
    const a = newTrackingSecret();
    expect(a).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
    expect(newTrackingSecret()).not.toBe(a);
    for (const lookAlike of ['0', 'O', 'o', '1', 'l', 'I', 'i', 'L', 'U', 'V'.toLowerCase()]) expect(TRACKING_SECRET_ALPHABET).not.toContain(lookAlike);
    expect(new Set(TRACKING_SECRET_ALPHABET).size).toBe(30);
  });

  it('uses every symbol, about evenly (no modulo bias)', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 3000; i++) for (const symbol of newTrackingSecret().replace(/-/g, '')) counts.set(symbol, (counts.get(symbol) ?? 0) + 1);
    expect(counts.size).toBe(30);
    // 48 000 symbols: 1600 expected each; 5 standard deviations (~40 each) either side
    for (const count of counts.values()) expect(Math.abs(count - 1600)).toBeLessThan(200);
  });

  it('matches its own hash only, however it is typed back', () => {
    const secret = newTrackingSecret();
    const hash = hashTrackingSecret(secret, APP_SECRET);
    expect(hash).not.toContain(secret);
    expect(trackingSecretMatches(secret, hash, APP_SECRET)).toBe(true);
    expect(trackingSecretMatches(secret.toLowerCase(), hash, APP_SECRET)).toBe(true);
    expect(trackingSecretMatches(` ${secret.replace(/-/g, ' ')} `, hash, APP_SECRET)).toBe(true);
    expect(trackingSecretMatches(secret.replace(/-/g, ''), hash, APP_SECRET)).toBe(true);
    // typed on a Chinese keyboard: full-width letters and dashes
    const fullWidth = secret.replace(/[A-Z0-9-]/g, (c) => String.fromCharCode(c === '-' ? 0xff0d : c.charCodeAt(0) + 0xfee0));
    expect(trackingSecretMatches(fullWidth, hash, APP_SECRET)).toBe(true);
    expect(trackingSecretMatches(`${secret}X`, hash, APP_SECRET)).toBe(false);
    expect(trackingSecretMatches(secret, hashTrackingSecret(secret, 'another-secret-'.padEnd(40, 'y')), APP_SECRET)).toBe(false);
  });

  it('still accepts the secrets issued before (24 base64url characters, case-sensitive, hashed as given)', () => {
    const old = randomBytes(18).toString('base64url');
    const storedBefore = createHmac('sha256', APP_SECRET).update(`tracking:${old}`).digest('base64url');
    expect(trackingSecretMatches(old, storedBefore, APP_SECRET)).toBe(true);
    const otherCase = old.replace(/[a-z]/, (c) => c.toUpperCase());
    if (otherCase !== old) expect(trackingSecretMatches(otherCase, storedBefore, APP_SECRET)).toBe(false);
  });

  it('normalises what people type', () => {
    expect(normaliseTrackingSecret(' k7mq-4xtr 9hcp—2wna ')).toBe('K7MQ4XTR9HCP2WNA');
  });

  it('says no when there is no stored hash', () => {
    expect(trackingSecretMatches('anything', null, APP_SECRET)).toBe(false);
  });
});
