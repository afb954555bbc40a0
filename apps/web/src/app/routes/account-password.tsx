import { Alert, App, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { ChangePasswordForm } from '../../features/identity/components/change-password-form';
import { safeNextPath } from '../../features/identity/utils/safe-next-path';

/** 修改密码: the person's own change; the only page there is while a change is required. */
export function AccountPasswordRoute() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = useCurrentUser().data;
  // The guard renders this page only once the user is known.
  if (!user) return null;
  const next = safeNextPath(params.get('next'));
  return (
    <>
      <PageHeader title={t('password.title')}>{t('password.intro')}</PageHeader>
      {user.mustChangePassword && (
        <Alert type="warning" showIcon role="alert" message={t('password.requiredTitle')} description={t('password.requiredText')} style={{ marginBottom: 16 }} />
      )}
      <Card>
        <ChangePasswordForm
          user={user}
          onChanged={() => {
            void message.success(t('password.changed'));
            navigate(user.mustChangePassword ? next : '/account', { replace: true });
          }}
        />
      </Card>
    </>
  );
}
