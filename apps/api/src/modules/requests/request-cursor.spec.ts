import { decodeRequestCursor, encodeRequestCursor } from './request-cursor';

describe('request cursor', () => {
  const cursor = { at: '2026-11-28T02:03:04.123456Z', id: '0b6f8a52-4c1e-4b7a-9d0e-1f2a3b4c5d6e' };

  it('round-trips and is URL-safe', () => {
    const text = encodeRequestCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeRequestCursor(text)).toEqual(cursor);
  });

  it.each(['', 'not-base64!', Buffer.from('{"a":1}').toString('base64url'), Buffer.from('["yesterday","x"]').toString('base64url')])('refuses %p with a field error', (text) => {
    expect(() => decodeRequestCursor(text)).toThrow(
      expect.objectContaining({ code: 'VALIDATION_FAILED', details: { errors: [{ field: 'cursor', message: expect.any(String) }] } }),
    );
  });
});
