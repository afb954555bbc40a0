// Every UI string must exist in both languages: a key missing from either fails here.
import en from './en.json';
import zhCN from './zh-CN.json';

type Tree = { [key: string]: string | Tree };

function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keys(value, `${prefix}${key}.`)));
}

function emptyValues(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? (value.trim() ? [] : [`${prefix}${key}`]) : emptyValues(value, `${prefix}${key}.`)));
}

describe('locale resources', () => {
  const zhKeys = keys(zhCN as Tree).sort();
  const enKeys = keys(en as Tree).sort();

  it('has every zh-CN key in English', () => {
    expect(zhKeys.filter((key) => !enKeys.includes(key))).toEqual([]);
  });

  it('has every English key in zh-CN', () => {
    expect(enKeys.filter((key) => !zhKeys.includes(key))).toEqual([]);
  });

  it('has no empty strings', () => {
    expect([...emptyValues(zhCN as Tree), ...emptyValues(en as Tree)]).toEqual([]);
  });

  it('writes the Chinese resources in Chinese', () => {
    expect((zhCN as Tree & { app: { name: string } }).app.name).toMatch(/[\u4e00-\u9fff]/);
  });
});
