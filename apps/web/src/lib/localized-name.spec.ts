import { categoryName, localizedName } from './localized-name';

describe('localizedName', () => {
  it('says a category in the interface language', () => {
    const item = { categoryName: '欠薪讨薪', categoryNameEn: 'Wage arrears' };
    expect(categoryName(item, 'zh-CN')).toBe('欠薪讨薪');
    expect(categoryName(item, 'en')).toBe('Wage arrears');
    expect(categoryName(item, 'en-US')).toBe('Wage arrears');
  });

  it('falls back to the Chinese name when there is no English one', () => {
    expect(localizedName('其他', '', 'en')).toBe('其他');
    expect(localizedName('其他', undefined, 'en')).toBe('其他');
  });
});
