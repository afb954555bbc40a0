import { bodyHash, parseIdempotencyKey } from './idempotency.service';

describe('idempotency helpers', () => {
  it('hashes bodies regardless of key order, and tells different bodies apart', () => {
    expect(bodyHash({ a: 1, b: { c: '工资', d: [1, 2] } })).toBe(bodyHash({ b: { d: [1, 2], c: '工资' }, a: 1 }));
    expect(bodyHash({ a: 1 })).not.toBe(bodyHash({ a: 2 }));
  });

  it('accepts a 1–100 character key and refuses others with a field error', () => {
    expect(parseIdempotencyKey(undefined)).toBeUndefined();
    expect(parseIdempotencyKey('a1b2-c3')).toBe('a1b2-c3');
    for (const bad of ['', 'x'.repeat(101), 'has space', '中文']) {
      expect(() => parseIdempotencyKey(bad)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
  });
});
