// "Loading…" on a light page: words a screen reader hears, no spinner library.
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation();
  return (
    <p role="status" className="lt-muted lt-center">
      {t('common.loading')}
    </p>
  );
}
