import { hashTrackingSecret, newTrackingSecret, trackingSecretMatches } from './tracking-secret';

const APP_SECRET = 'test-secret-'.padEnd(40, 'x');

describe('tracking secret', () => {
  it('is long, URL-safe and different each time', () => {
    const a = newTrackingSecret();
    expect(a).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(newTrackingSecret()).not.toBe(a);
  });

  it('matches its own hash only', () => {
    const secret = newTrackingSecret();
    const hash = hashTrackingSecret(secret, APP_SECRET);
    expect(hash).not.toContain(secret);
    expect(trackingSecretMatches(secret, hash, APP_SECRET)).toBe(true);
    expect(trackingSecretMatches(`${secret}x`, hash, APP_SECRET)).toBe(false);
    expect(trackingSecretMatches(secret, hashTrackingSecret(secret, 'another-secret-'.padEnd(40, 'y')), APP_SECRET)).toBe(false);
  });

  it('says no when there is no stored hash', () => {
    expect(trackingSecretMatches('anything', null, APP_SECRET)).toBe(false);
  });
});
