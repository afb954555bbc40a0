import { parseWalPosition, walReached } from './wal-position';

describe('WAL positions', () => {
  it('reads the two halves as one 64-bit number', () => {
    expect(parseWalPosition('0/0')).toBe(0n);
    expect(parseWalPosition('16/B374D848')).toBe((0x16n << 32n) + 0xb374d848n);
    expect(parseWalPosition('16/b374d848')).toBe(parseWalPosition('16/B374D848'));
  });

  it('refuses what is not an LSN', () => {
    for (const text of ['', '16', '16/', '/1', 'G/1', '1/2/3', '123456789/0', ' 1/2']) expect(parseWalPosition(text)).toBeNull();
  });

  it('compares by the high half first, not as text', () => {
    expect(walReached('1/0', '0/FFFFFFFF')).toBe(true);
    expect(walReached('0/FFFFFFFF', '1/0')).toBe(false);
    expect(walReached('0/A', '0/9')).toBe(true); // as text "0/A" < "0/9" would say otherwise
    expect(walReached('0/10', '0/9')).toBe(true);
    expect(walReached('0/9', '0/9')).toBe(true);
    expect(walReached('0/9', 'nonsense')).toBe(false);
  });
});
