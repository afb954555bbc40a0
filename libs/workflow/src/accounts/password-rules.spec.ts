import { passwordProblems } from './password-rules';

const owner = { username: 'wang.jianguo', phone: '13800138000' };

describe('passwordProblems', () => {
  it.each([
    ['jianghai-2026', []],
    ['工会办实事2026', []],
    ['Abcdefg1', []],
    ['abc-defg', []],
    ['short1!', ['length']],
    ['a1'.repeat(100) + 'x', ['length']],
    ['abcdefghij', ['kinds']],
    ['1234567890', ['kinds']],
    ['！！！！！！！！', ['kinds']],
    ['职工之家职工之家', ['kinds']],
    ['wang.jianguo-1', ['personal']],
    ['WANG.JIANGUO-1', ['personal']],
    ['x13800138000', ['personal']],
    ['13800138000', ['kinds', 'personal']],
    ['', ['length', 'kinds']],
  ])('%j breaks %j', (password, broken) => {
    expect(passwordProblems(password, owner)).toEqual(broken);
  });

  it('counts characters, not UTF-16 units, for the length', () => {
    expect(passwordProblems('😀😀😀😀😀😀😀1', owner)).toEqual([]);
    expect(passwordProblems('😀😀😀1', owner)).toEqual(['length']);
  });

  it('ignores a username too short to be a guess, and an account without a phone', () => {
    expect(passwordProblems('ab-cdefgh1', { username: 'ab' })).toEqual([]);
    expect(passwordProblems('ab-cdefgh1', { username: 'ab', phone: null })).toEqual([]);
  });
});
