// The first stop of the Tab key on every page: past the header and the menu, straight to the page's own content.
import { useTranslation } from 'react-i18next';
import './skip-link.css';

/** Spread on the layout's content (antd's Layout.Content is the page's <main>): the skip link's target, focusable by script only. */
export const MAIN_CONTENT = { id: 'main-content', tabIndex: -1 } as const;

export function SkipLink() {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href={`#${MAIN_CONTENT.id}`}
      onClick={(event) => {
        // Focus the content without putting `#main-content` into the address (the router owns the address).
        event.preventDefault();
        const main = document.getElementById(MAIN_CONTENT.id);
        main?.focus();
        main?.scrollIntoView({ block: 'start' });
      }}
    >
      {t('app.skipToContent')}
    </a>
  );
}
