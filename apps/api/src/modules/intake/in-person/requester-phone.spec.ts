import { hashRequesterPhone, normaliseMainlandMobile } from './requester-phone';

describe('requester phone', () => {
  it.each([
    ['13800138000', '13800138000'],
    ['138 0013 8000', '13800138000'],
    ['138-0013-8000', '13800138000'],
    ['+86 138 0013 8000', '13800138000'],
    ['0086-13800138000', '13800138000'],
    ['8613800138000', '13800138000'],
    ['１３８００１３８０００', '13800138000'],
  ])('reads %s as %s', (typed, normal) => {
    expect(normaliseMainlandMobile(typed)).toBe(normal);
  });

  it.each(['12800138000', '1380013800', '138001380001', '010-12345678', 'phone', ''])('refuses %s', (typed) => {
    expect(normaliseMainlandMobile(typed)).toBeNull();
  });

  it('hashes the normal form, keyed', () => {
    const key = 'k'.repeat(40);
    expect(hashRequesterPhone('138 0013 8000', key)).toBe(hashRequesterPhone('+8613800138000', key));
    expect(hashRequesterPhone('13800138000', key)).not.toBe(hashRequesterPhone('13800138000', 'j'.repeat(40)));
    expect(hashRequesterPhone('13800138000', key)).not.toContain('13800138000');
  });
});
