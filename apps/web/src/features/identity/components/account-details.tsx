import type { CurrentUser } from '@banshishi/contracts';
import { KeyOutlined } from '@ant-design/icons';
import { Button, Card, Descriptions, Empty, List } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleGrantTag } from '../../../components/role-grant-tag';
import { PASSWORD_CHANGE_PATH } from '../utils/password-change-path';

export function AccountDetails({ user }: { user: CurrentUser }) {
  const { t } = useTranslation();
  return (
    <>
      <Card
        title={t('account.profile')}
        style={{ marginBottom: 16 }}
        extra={
          <Link to={PASSWORD_CHANGE_PATH}>
            <Button icon={<KeyOutlined />}>{t('password.title')}</Button>
          </Link>
        }
      >
        <Descriptions
          column={1}
          items={[
            { key: 'displayName', label: t('account.displayName'), children: user.displayName },
            { key: 'username', label: t('account.username'), children: user.username },
            { key: 'phone', label: t('account.phone'), children: user.phone ?? t('account.noPhone') },
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
