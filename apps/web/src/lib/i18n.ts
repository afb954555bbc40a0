// UI strings come only from the locale files; zh-CN first, English second. Only the language in use is downloaded:
// its strings load before the first render, the other language's when someone switches. The full app adds antd's and
// dayjs's locale to what a language needs (lib/antd-locale); the light worker pages (app/light) never load them.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGE_STORAGE_KEY, LANGUAGES, type Language } from './languages';

export { LANGUAGES, type Language };

function initialLanguage(): Language {
  const saved = typeof localStorage === 'undefined' ? null : localStorage.getItem(LANGUAGE_STORAGE_KEY);
  return (LANGUAGES as readonly string[]).includes(saved ?? '') ? (saved as Language) : DEFAULT_LANGUAGE;
}

/** Each language's strings, one chunk apiece. */
const STRINGS: Record<Language, () => Promise<{ default: Record<string, unknown> }>> = {
  'zh-CN': () => import('../locales/zh-CN.json'),
  en: () => import('../locales/en.json'),
};

const loaded = new Set<Language>();
/** What else a language needs before it is shown (the full app's antd and dayjs locales). */
const extras = new Set<(language: Language) => Promise<void>>();

async function load(language: Language): Promise<void> {
  const strings = loaded.has(language) ? null : STRINGS[language]();
  await Promise.all([...extras].map((extra) => extra(language)));
  if (!strings) return;
  i18n.addResourceBundle(language, 'translation', (await strings).default);
  loaded.add(language);
}

/** Adds something every language loads (now for the language in use, and for any language switched to later). */
export async function alsoLoadWithLanguage(extra: (language: Language) => Promise<void>): Promise<void> {
  extras.add(extra);
  await extra(i18n.language as Language);
}

/** Loads a language's files, then switches to it. */
export async function switchLanguage(language: Language): Promise<void> {
  await load(language);
  await i18n.changeLanguage(language);
}

/** Before the first render: i18next with the saved language (or zh-CN) and its strings. */
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
    localStorage.setItem(LANGUAGE_STORAGE_KEY, changed);
    document.documentElement.lang = changed;
  });
  document.documentElement.lang = i18n.language;
}

export default i18n;
