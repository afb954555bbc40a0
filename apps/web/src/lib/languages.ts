// The languages and where the chosen one is kept: read by lib/i18n and, at build time, by the light pages' preload
// (app/light/light-preload.ts, written into index.html), which must pick the same strings i18n will load.
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'zh-CN';
/** localStorage: the language someone chose last. */
export const LANGUAGE_STORAGE_KEY = 'banshishi.language';
