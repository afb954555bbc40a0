import type { CurrentUser } from '@banshishi/contracts';
import { Card, Descriptions, Empty, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { RoleGrantTag } from '../../../components/role-grant-tag';

export function AccountDetails({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <>
      <Card title={t('account.profile')} style={{ marginBottom: 16 }}>
        <Descriptions
          column={1}
          items={[
            { key: 'displayName', label: t('account.displayName'), children: user.displayName },
            { key: 'username', label: t('account.username'), children: user.username },
          ]}
        />
      </Card>
      <Card title={t('account.roles')}>
        {user.roles.length === 0 ? (
          <Empty description={t('account.noRoles')} />
        ) : (
          <List
            dataSource={user.roles}
            rowKey={(grant) => `${grant.role}:${grant.unitId}`}
            renderItem={(grant) => (
              <List.Item>
                <List.Item.Meta title={grant.unitName} description={<RoleGrantTag role={grant.role} />} />
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
