import { LogoutOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../../lib/api-error-text';
import { useLogout } from '../api/logout';

/** In the header: signs out, then shows the login page. `compact` is the icon alone (phones). */
export function LogoutButton({ compact }: { compact?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const mutation = useLogout();
  return (
    <Button
      ghost
      icon={<LogoutOutlined />}
      loading={mutation.isPending || mutation.isSuccess}
      aria-label={t('auth.logout')}
      title={t('auth.logout')}
      onClick={() => mutation.mutate(undefined, { onError: (error) => void message.error(apiErrorText(t, error).title) })}
    >
      {compact ? null : t('auth.logout')}
    </Button>
  );
}
