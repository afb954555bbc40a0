import { safeNextPath } from './safe-next-path';

describe('safeNextPath', () => {
  it.each([
    ['/units', '/units'],
    ['/admin/audit?x=1', '/admin/audit?x=1'],
    [null, '/'],
    ['', '/'],
    ['https://evil.example/', '/'],
    ['//evil.example/', '/'],
    ['/\\evil.example', '/'],
    ['/login', '/'],
    ['/login?next=/units', '/'],
  ])('%s → %s', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });
});
