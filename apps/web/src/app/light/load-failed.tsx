// A light page whose data could not be loaded: what went wrong (announced), and a way to try again.
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../lib/api-error-text';

export function LoadFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  const { title, detail } = apiErrorText(t, error);
  return (
    <div className="lt-alert lt-alert-error" role="alert">
      <div className="lt-alert-title">{t('errors.loadFailed')}</div>
      <p>{detail ? `${title} (${detail})` : title}</p>
      <p>
        <button type="button" className="lt-button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      </p>
    </div>
  );
}
