// UI strings come only from the locale files; zh-CN first, English second. Only the language in use is downloaded:
// its strings and antd's and dayjs's locale load before the first render, the other language's when someone switches.
import i18n from 'i18next';
import type { Locale } from 'antd/es/locale';
import { initReactI18next } from 'react-i18next';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const STORAGE_KEY = 'banshishi.language';

function initialLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : 'zh-CN';
}

/** Each language's files, one chunk apiece (dayjs's English is built in). */
const LOADERS: Record<Language, () => Promise<[Record<string, unknown>, Locale]>> = {
  'zh-CN': () =>
    Promise.all([import('../locales/zh-CN.json'), import('antd/es/locale/zh_CN'), import('dayjs/locale/zh-cn')]).then(([strings, antd]) => [strings.default, antd.default]),
  en: () => Promise.all([import('../locales/en.json'), import('antd/es/locale/en_US')]).then(([strings, antd]) => [strings.default, antd.default]),
};

const antdLocales = new Map<Language, Locale>();

async function load(language: Language): Promise<void> {
  if (antdLocales.has(language)) return;
  const [strings, antd] = await LOADERS[language]();
  i18n.addResourceBundle(language, 'translation', strings);
  antdLocales.set(language, antd);
}

/** antd's locale for a language already loaded (every language i18next can be switched to is). */
export function antdLocale(language: string): Locale | undefined {
  return antdLocales.get(language as Language);
}

/** Loads a language's files, then switches to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await load(language);
  await i18n.changeLanguage(language);
}

/** Before the first render: i18next with the saved language (or zh-CN) and its files. */
export async function startI18n(): Promise<void> {
  const language = initialLanguage();
  await i18n.use(initReactI18next).init({
    resources: {},
    partialBundledLanguages: true,
    lng: language,
    fallbackLng: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await load(language);
  i18n.on('languageChanged', (changed) => {
    localStorage.setItem(STORAGE_KEY, changed);
    document.documentElement.lang = changed;
  });
  document.documentElement.lang = i18n.language;
}

export default i18n;
