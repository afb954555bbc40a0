// The one way a failed request is shown inside a page or a form.
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorParts } from '../lib/api-error-text';

export function ApiErrorAlert({ error, stale }: { error: unknown; stale?: boolean }) {
  const { t } = useTranslation();
  if (stale) return <Alert type="warning" showIcon role="alert" message={t('errors.stale.title')} description={t('errors.stale.text')} style={{ marginBottom: 16 }} />;
  if (!error) return null;
  const { title, detail, fieldErrors } = apiErrorParts(t, error);
  const description = fieldErrors.length ? (
    <ul style={{ margin: 0, paddingInlineStart: 20 }}>
      {fieldErrors.map((entry) => (
        <li key={entry}>{entry}</li>
      ))}
    </ul>
  ) : (
    detail
  );
  return <Alert type="error" showIcon role="alert" message={title} description={description} style={{ marginBottom: 16 }} />;
}
