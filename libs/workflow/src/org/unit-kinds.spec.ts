import { childUnitKinds } from './unit-kinds';

describe('childUnitKinds', () => {
  it.each([
    ['district', ['town', 'grassroots']],
    ['town', ['grassroots']],
    ['grassroots', []],
  ] as const)('under a %s: %j', (parent, kinds) => expect(childUnitKinds(parent)).toEqual(kinds));
});
