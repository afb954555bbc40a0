import { checkInput, INPUT_DEPTH_MAX } from './check-input';

/** `levels` arrays, one inside the other, around `inner`. */
function nested(levels: number, inner: unknown = 1): unknown {
  let value = inner;
  for (let i = 0; i < levels; i++) value = [value];
  return value;
}

describe('checkInput', () => {
  it('accepts what the routes read: text, numbers, flags, null, lists and objects', () => {
    expect(
      checkInput({ title: '车间更衣柜不足', description: '第一行\n第二行\t', version: 3, anonymous: false, budget: null, roles: [{ role: 'worker', unitId: 'u-1' }] }),
    ).toEqual([]);
    expect(checkInput(undefined)).toEqual([]);
    expect(checkInput(null)).toEqual([]);
  });

  it('names each field with unusable text by its path, in order', () => {
    expect(checkInput({ title: 'a\u0000b', roles: [{ unitId: 'ok' }, { unitId: '\ud800' }], note: 'x\u0007' })).toEqual([
      { field: 'title', message: 'title must not contain a NUL character' },
      { field: 'roles.1.unitId', message: 'roles.1.unitId must not contain an unpaired UTF-16 surrogate' },
      { field: 'note', message: 'note must not contain control characters (U+0007)' },
    ]);
  });

  it('names the input itself when it is a string', () => {
    expect(checkInput('\u0000', 'body')).toEqual([{ field: 'body', message: 'body must not contain a NUL character' }]);
  });

  it('checks keys too, naming the object that holds them', () => {
    expect(checkInput({ payload: { 'a\u0000': 1 } })).toEqual([{ field: 'payload', message: 'a field name in payload must not contain a NUL character' }]);
    expect(checkInput({ '\u0000': 1 }, 'query')).toEqual([{ field: 'query', message: 'a field name in query must not contain a NUL character' }]);
  });

  it(`accepts ${INPUT_DEPTH_MAX} levels and refuses one more, naming the top field once`, () => {
    expect(checkInput({ name: nested(INPUT_DEPTH_MAX - 1) })).toEqual([]);
    expect(checkInput({ name: nested(INPUT_DEPTH_MAX) })).toEqual([{ field: 'name', message: `name is nested too deeply (at most ${INPUT_DEPTH_MAX} levels)` }]);
    expect(checkInput({ name: [nested(40), nested(40)] })).toHaveLength(1);
  });

  it('walks a body nested a million levels deep without exhausting the stack, naming its first element', () => {
    expect(checkInput(JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`))).toEqual([
      { field: '0', message: `0 is nested too deeply (at most ${INPUT_DEPTH_MAX} levels)` },
    ]);
  });

  it('stops at 20 problems', () => {
    expect(checkInput(Array.from({ length: 1000 }, () => '\u0000'))).toHaveLength(20);
  });
});
