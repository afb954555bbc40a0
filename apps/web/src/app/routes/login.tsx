import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { useCurrentUser } from '../../features/identity/api/get-current-user';
import { LoginForm } from '../../features/identity/components/login-form';
import { safeNextPath } from '../../features/identity/utils/safe-next-path';

export function LoginRoute() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const me = useCurrentUser();
  if (me.data) return <Navigate to={next} replace />;
  return (
    <Flex justify="center" style={{ paddingBlock: 24 }}>
      <Card style={{ width: '100%', maxWidth: 400 }}>
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          {t('login.title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('login.subtitle')}</Typography.Paragraph>
        <LoginForm onLoggedIn={() => navigate(next, { replace: true })} />
      </Card>
    </Flex>
  );
}
