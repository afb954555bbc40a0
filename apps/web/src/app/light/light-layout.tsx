// The light worker pages' frame: the app's name, the language, one column; no staff menu (it is a full-app page).
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MAIN_CONTENT, SkipLink } from '../../components/skip-link';
import { LANGUAGES, switchLanguage } from '../../lib/i18n';
import './light-layout.css';

/** `links`: the page's own way on (a worker's 我的诉求), beside the language. */
export function LightLayout({ links, children }: { links?: ReactNode; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="lt-shell">
      <SkipLink />
      <header className="lt-header">
        <a className="lt-brand" href="/">
          {t('app.name')}
        </a>
        {links}
        <div className="lt-languages" role="group" aria-label={t('app.language')}>
          {LANGUAGES.map((language) => (
            <button key={language} type="button" aria-pressed={i18n.language === language} onClick={() => void switchLanguage(language)}>
              {t(`language.${language}`)}
            </button>
          ))}
        </div>
      </header>
      <main {...MAIN_CONTENT} className="lt-main">
        {children}
      </main>
      <footer className="lt-footer">{t('app.footer')}</footer>
    </div>
  );
}
