// Names kept in both languages in the data (a category's name_zh and name_en): the one of the interface language, the
// Chinese one when there is no other.

/** The Chinese name in Chinese; otherwise the English one when there is one. */
export function localizedName(zh: string, en: string | null | undefined, language: string): string {
  return language.startsWith('zh') || !en ? zh : en;
}

/** A request's (or a figure list row's) category name in the interface language. */
export function categoryName(item: { categoryName: string; categoryNameEn?: string | null }, language: string): string {
  return localizedName(item.categoryName, item.categoryNameEn, language);
}
