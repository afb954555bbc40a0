// 超期: the requests past their clock now (the inbox's overdue filter, urgent first), with a link to all of them.
import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { DueMark } from '../../../components/due-mark';
import { useOverdueRequests } from '../api/get-overdue-requests';

export function OverdueList({ unitId }: { unitId?: string }) {
  const { t } = useTranslation();
  const overdue = useOverdueRequests(unitId);
  if (overdue.isError) return <LoadError error={overdue.error} onRetry={() => void overdue.refetch()} />;
  const items = overdue.data?.items ?? [];
  return (
    <List
      size="small"
      data-testid="overdue-list"
      loading={overdue.isPending}
      dataSource={items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.overdue.none')} /> }}
      footer={<Link to={`/inbox?${new URLSearchParams({ overdue: 'true', ...(unitId ? { unitId } : {}) }).toString()}`}>{t('evaluation.overdue.all')}</Link>}
      renderItem={(item) => (
        <List.Item>
          <Typography.Text ellipsis style={{ maxWidth: '100%' }}>
            <RequestStatusTag status={item.status} /> <Link to={`/inbox/${item.id}`}>{item.code}</Link> {item.title}{' '}
            <DueMark dueAt={item.dueAt} overdue={item.overdue} dueSoon={item.dueSoon} />
          </Typography.Text>
        </List.Item>
      )}
    />
  );
}
