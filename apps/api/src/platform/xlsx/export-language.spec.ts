import { exportLanguage } from './export-language';

describe('exportLanguage', () => {
  it.each([
    ['en', undefined, 'en'],
    ['zh-CN', 'en-US,en;q=0.9', 'zh'],
    [undefined, 'en-US,en;q=0.9,zh-CN;q=0.8', 'en'],
    [undefined, 'fr-FR,zh-CN;q=0.8,en;q=0.5', 'zh'],
    [undefined, 'zh;q=0.5,en;q=0.9', 'en'],
    [undefined, undefined, 'zh'],
    ['fr', 'en', 'zh'],
  ] as const)('lang %s, Accept-Language %s → %s', (lang, accept, expected) => {
    expect(exportLanguage(lang, accept)).toBe(expected);
  });
});
