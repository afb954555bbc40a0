// /requests/mine: 我的诉求.
import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { MyRequestsList } from '../../../features/intake/components/my-requests-list';

export function MyRequestsRoute() {
  const { t } = useTranslation();
  return (
    <div style={{ maxWidth: 720 }}>
      <PageHeader
        title={t('nav.requestsMine')}
        extra={
          <Link to="/requests/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('nav.requestNew')}
            </Button>
          </Link>
        }
      >
        {t('mine.intro')}
      </PageHeader>
      <MyRequestsList />
    </div>
  );
}
