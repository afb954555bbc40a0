// A page whose data could not be loaded: what went wrong (announced), and a way to try again.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { ApiRequestError } from '../lib/api-client';
import { apiErrorText } from '../lib/api-error-text';
import { LazyResult as Result } from './lazy-result';

export function LoadError({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  const { title, detail } = apiErrorText(t, error);
  const status = error instanceof ApiRequestError && (error.status === 403 || error.status === 404) ? error.status : 'warning';
  // role="alert": a screen reader says at once that the page could not load, not only what is on it.
  return (
    <div role="alert">
      <Result
        status={status}
        title={t('errors.loadFailed')}
        subTitle={detail ? `${title} (${detail})` : title}
        extra={onRetry && <Button onClick={onRetry}>{t('common.retry')}</Button>}
      />
    </div>
  );
}
