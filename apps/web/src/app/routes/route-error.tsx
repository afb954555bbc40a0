// Shown when a route fails to render or its code cannot be loaded (e.g. a new deployment replaced the chunk).
import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';

export function RouteError() {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={t('errors.page.title')}
      subTitle={t('errors.page.text')}
      extra={
        <Button type="primary" onClick={() => window.location.reload()}>
          {t('common.reload')}
        </Button>
      }
    />
  );
}
