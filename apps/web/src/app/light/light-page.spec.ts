import { lightPage } from './light-page';

describe('lightPage: which addresses the light shell serves', () => {
  it.each([
    ['/s/M6wTezeGrzLJnBsbEhmlDg2c', { kind: 'entry', entryToken: 'M6wTezeGrzLJnBsbEhmlDg2c' }],
    ['/s/abc/', { kind: 'entry', entryToken: 'abc' }],
    ['/s/a%20b', { kind: 'entry', entryToken: 'a b' }],
    ['/s/%E0%A4%A', { kind: 'entry', entryToken: '%E0%A4%A' }],
    ['/requests/new', { kind: 'new-request' }],
    ['/requests/new/', { kind: 'new-request' }],
  ])('%s is a light page', (path, page) => {
    expect(lightPage(path)).toEqual(page);
  });

  it.each(['/', '/s/', '/s/abc/def', '/requests/mine', '/requests/new/x', '/requests/0f8c', '/track', '/login', '/inbox'])('%s is the full app', (path) => {
    expect(lightPage(path)).toBeNull();
  });
});
