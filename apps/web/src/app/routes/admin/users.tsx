import { PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { useUnits } from '../../../lib/api/get-units';
import { useUsers } from '../../../features/users/api/get-users';
import { PasswordResetModal } from '../../../features/users/components/password-reset-modal';
import { UserFormModal } from '../../../features/users/components/user-form-modal';
import { UsersTable } from '../../../features/users/components/users-table';

/** 用户: accounts and the roles they hold on units. */
export function UsersRoute() {
  const { t } = useTranslation();
  const users = useUsers();
  const units = useUnits();
  const [editing, setEditing] = useState<string | null>(null);
  const [resetting, setResetting] = useState<string | null>(null);
  const resetUser = resetting ? users.data?.find((entry) => entry.id === resetting) : undefined;
  const user = editing && editing !== 'new' ? users.data?.find((entry) => entry.id === editing) : undefined;
  const error = users.error ?? units.error;

  return (
    <>
      <PageHeader
        title={t('nav.users')}
        extra={
          <>
            <Link to="/admin/roster">
              <Button icon={<UploadOutlined />}>{t('nav.roster')}</Button>
            </Link>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} disabled={!units.isSuccess}>
              {t('users.create')}
            </Button>
          </>
        }
      >
        {t('users.intro')}
      </PageHeader>
      {error ? (
        <LoadError
          error={error}
          onRetry={() => {
            void users.refetch();
            void units.refetch();
          }}
        />
      ) : (
        <UsersTable users={users.data ?? []} loading={users.isPending} onEdit={(entry) => setEditing(entry.id)} onResetPassword={(entry) => setResetting(entry.id)} />
      )}
      {units.data && (editing === 'new' || user) && <UserFormModal key={editing} user={user} units={units.data} onClose={() => setEditing(null)} />}
      {resetUser && <PasswordResetModal key={resetUser.id} user={resetUser} onClose={() => setResetting(null)} />}
    </>
  );
}
