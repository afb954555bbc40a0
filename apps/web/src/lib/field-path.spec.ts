import { fieldPath } from './field-path';

describe('fieldPath', () => {
  it('splits nested names and turns indexes into numbers', () => {
    expect(fieldPath('username')).toEqual(['username']);
    expect(fieldPath('roles.0.unitId')).toEqual(['roles', 0, 'unitId']);
  });
});
