import type { UserSummary } from '@banshishi/contracts';
import { EditOutlined, KeyOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleGrantTag } from '../../../components/role-grant-tag';
import { useFormat } from '../../../lib/use-format';

export function UsersTable({
  users,
  loading,
  onEdit,
  onResetPassword,
}: {
  users: UserSummary[];
  loading: boolean;
  onEdit: (user: UserSummary) => void;
  onResetPassword: (user: UserSummary) => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: TableColumnsType<UserSummary> = [
    { key: 'username', title: t('users.username'), dataIndex: 'username' },
    { key: 'displayName', title: t('users.displayName'), dataIndex: 'displayName' },
    { key: 'phone', title: t('users.phone'), dataIndex: 'phone', render: (phone?: string | null) => phone ?? '—' },
    {
      key: 'roles',
      title: t('users.roles'),
      render: (_, user) => user.roles.map((grant) => <RoleGrantTag key={`${grant.role}:${grant.unitId}`} role={grant.role} unitName={grant.unitName} />),
    },
    {
      key: 'status',
      title: t('users.status'),
      render: (_, user) => (
        <>
          {user.disabled ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('users.enabled')}</Tag>}
          {user.mustChangePassword && <Tag color="orange">{t('users.mustChange')}</Tag>}
        </>
      ),
    },
    { key: 'createdAt', title: t('users.createdAt'), dataIndex: 'createdAt', render: (at: string) => format.date(at) },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, user) => (
        <Space size={4} wrap>
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(user)}>
            {t('common.edit')}
          </Button>
          <Button size="small" icon={<KeyOutlined />} onClick={() => onResetPassword(user)}>
            {t('users.reset')}
          </Button>
        </Space>
      ),
    },
  ];
  return (
    <Table<UserSummary>
      rowKey="id"
      columns={columns}
      dataSource={users}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      scroll={{ x: 'max-content' }}
      size="middle"
      locale={{ emptyText: t('users.empty') }}
    />
  );
}
