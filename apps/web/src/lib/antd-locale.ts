// antd's and dayjs's locale for the full app, loaded with a language's strings (lib/i18n): the light worker pages
// need neither, so they live here and not in lib/i18n.
import type { Locale } from 'antd/es/locale';
import { alsoLoadWithLanguage, type Language } from './i18n';

/** Each language's locales, one chunk apiece (dayjs's English is built in). */
const LOADERS: Record<Language, () => Promise<Locale>> = {
  'zh-CN': () => Promise.all([import('antd/es/locale/zh_CN'), import('dayjs/locale/zh-cn')]).then(([antd]) => antd.default),
  en: () => import('antd/es/locale/en_US').then((antd) => antd.default),
};

const antdLocales = new Map<Language, Locale>();

async function load(language: Language): Promise<void> {
  if (!antdLocales.has(language)) antdLocales.set(language, await LOADERS[language]());
}

/** From now on every language loads its antd and dayjs locale too; resolves once the current one's have. */
export function loadAntdLocales(): Promise<void> {
  return alsoLoadWithLanguage(load);
}

/** antd's locale for a language already loaded (every language i18next can be switched to is, after loadAntdLocales). */
export function antdLocale(language: string): Locale | undefined {
  return antdLocales.get(language as Language);
}
