import { signReadAfter, verifyReadAfter } from './read-after-cookie';

const SECRET = 's'.repeat(40);

describe('the read-after cookie', () => {
  it('gives back the WAL position it was signed with', () => {
    expect(verifyReadAfter(SECRET, signReadAfter(SECRET, '3/1A2B3C'))).toBe('3/1A2B3C');
  });

  it('refuses a value altered, signed with another secret, or not a position', () => {
    const value = signReadAfter(SECRET, '3/1A2B3C');
    expect(verifyReadAfter(SECRET, value.replace('3/1A2B3C', '3/1A2B3D'))).toBeNull();
    expect(verifyReadAfter('t'.repeat(40), value)).toBeNull();
    expect(verifyReadAfter(SECRET, `${value}x`)).toBeNull();
    expect(verifyReadAfter(SECRET, signReadAfter(SECRET, 'not-an-lsn'))).toBeNull();
    expect(verifyReadAfter(SECRET, '3/1A2B3C')).toBeNull();
    expect(verifyReadAfter(SECRET, undefined)).toBeNull();
  });
});
