import { chinaToday, isMainlandMobile } from './in-person-input';

describe('代为登记 input', () => {
  it.each(['13800138000', '138 0013 8000', '+86 138-0013-8000', '0086 13800138000', '１３８００１３８０００'])('takes %s as a mobile number', (typed) => {
    expect(isMainlandMobile(typed)).toBe(true);
  });

  it.each(['12800138000', '010-12345678', '1380013800', 'phone'])('refuses %s', (typed) => {
    expect(isMainlandMobile(typed)).toBe(false);
  });

  it('knows today in China', () => {
    expect(chinaToday(Date.parse('2026-03-01T17:00:00Z')).format('YYYY-MM-DD')).toBe('2026-03-02');
  });
});
