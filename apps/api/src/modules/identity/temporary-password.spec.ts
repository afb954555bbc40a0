import { hashTemporaryPassword, isTemporaryPasswordHash, newTemporaryPassword, verifyTemporaryPassword } from './temporary-password';

const SECRET = 'test-secret-'.padEnd(40, 'x');

describe('temporary passwords', () => {
  it('reads as three groups of four characters without look-alikes, never the same twice', () => {
    const made = Array.from({ length: 500 }, newTemporaryPassword);
    for (const password of made) expect(password).toMatch(/^[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}-[a-hjkmnp-z2-9]{4}$/);
    expect(new Set(made).size).toBe(made.length);
  });

  it('verifies the password it was made from, however it is typed, and nothing else', () => {
    const password = newTemporaryPassword();
    const stored = hashTemporaryPassword(password, SECRET);
    expect(isTemporaryPasswordHash(stored)).toBe(true);
    expect(stored).not.toContain(password);
    expect(verifyTemporaryPassword(stored, password, SECRET)).toBe(true);
    expect(verifyTemporaryPassword(stored, ` ${password.toUpperCase().replace(/-/g, ' ')} `, SECRET)).toBe(true);
    expect(verifyTemporaryPassword(stored, password.replace(/-/g, ''), SECRET)).toBe(true);
    expect(verifyTemporaryPassword(stored, `${password}x`, SECRET)).toBe(false);
    expect(verifyTemporaryPassword(stored, password, 'another-secret')).toBe(false);
  });

  it('salts each hash, and refuses a malformed one', () => {
    expect(hashTemporaryPassword('abcd-efgh-jkmn', SECRET)).not.toBe(hashTemporaryPassword('abcd-efgh-jkmn', SECRET));
    expect(verifyTemporaryPassword('temp$hmac-sha256$', 'abcd-efgh-jkmn', SECRET)).toBe(false);
    expect(isTemporaryPasswordHash('$argon2id$v=19$m=19456,t=2,p=1$x$y')).toBe(false);
  });
});
