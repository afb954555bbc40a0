// Route guard: signed-out visitors go to /login?next=…, signed-in users without the role see 403.
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router';
import { LazyResult as Result } from '../components/lazy-result';
import { LoadError } from '../components/load-error';
import { PageSpin } from '../components/page-spin';
import { useCurrentUser } from '../features/identity/api/get-current-user';
import { canAccess } from './can-access';
import type { Access } from './navigation';

export function RequireAccess({ access }: { access: Access }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useCurrentUser();
  if (me.isPending) return <PageSpin />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname + location.search)}`} replace />;
  if (!canAccess(me.data, access)) {
    return (
      <Result
        status="403"
        title={t('forbidden.title')}
        subTitle={t('forbidden.text')}
        extra={
          <Link to="/">
            <Button type="primary">{t('notFound.home')}</Button>
          </Link>
        }
      />
    );
  }
  return <Outlet />;
}
