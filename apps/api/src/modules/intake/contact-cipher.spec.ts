import { ContactCipher } from './contact-cipher';

const SECRET = 'test-secret-'.padEnd(40, 'x');

describe('ContactCipher', () => {
  const cipher = new ContactCipher(SECRET);
  const contact = '王师傅 13800138000 微信 wang_88';

  it('round-trips Chinese text', () => {
    expect(cipher.decrypt(cipher.encrypt(contact, 'req-1'), 'req-1')).toBe(contact);
  });

  it('never stores the plaintext and differs on each call', () => {
    const a = cipher.encrypt(contact, 'req-1');
    const b = cipher.encrypt(contact, 'req-1');
    expect(a.equals(b)).toBe(false);
    expect(a.toString('utf8')).not.toContain('13800138000');
    expect(a.toString('hex')).not.toContain(Buffer.from('13800138000').toString('hex'));
  });

  it('refuses another context (a ciphertext copied onto another row)', () => {
    expect(() => cipher.decrypt(cipher.encrypt(contact, 'req-1'), 'req-2')).toThrow();
  });

  it('refuses a changed ciphertext', () => {
    const data = cipher.encrypt(contact, 'req-1');
    data[data.length - 1] ^= 1;
    expect(() => cipher.decrypt(data, 'req-1')).toThrow();
  });

  it('refuses another secret and another purpose', () => {
    const data = cipher.encrypt(contact, 'req-1');
    expect(() => new ContactCipher('another-secret-'.padEnd(40, 'y')).decrypt(data, 'req-1')).toThrow();
    expect(() => new ContactCipher(SECRET, 'idempotency').decrypt(data, 'req-1')).toThrow();
  });

  it('refuses garbage', () => {
    expect(() => cipher.decrypt(Buffer.from('plain text'), 'req-1')).toThrow(/Not a banshishi ciphertext/);
  });
});
