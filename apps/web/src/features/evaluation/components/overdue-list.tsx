// 超期: the requests past their clock now (the inbox's overdue filter, urgent first), with a link to all of them.
import { Empty, List, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { RequestStatusTag } from '../../intake/components/request-status-tag';
import { useInbox } from '../../triage/api/get-inbox';
import { DueMark } from '../../triage/components/due-mark';

export function OverdueList({ unitId }: { unitId?: string }) {
  const { t } = useTranslation();
  const inbox = useInbox({ overdue: true, ...(unitId ? { unitId } : {}) });
  if (inbox.isError) return <LoadError error={inbox.error} onRetry={() => void inbox.refetch()} />;
  const items = (inbox.data?.pages[0]?.items ?? []).slice(0, 8);
  return (
    <List
      size="small"
      data-testid="overdue-list"
      loading={inbox.isPending}
      dataSource={items}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.overdue.none')} /> }}
      footer={
        <Link to={`/inbox?${new URLSearchParams({ overdue: 'true', ...(unitId ? { unitId } : {}) }).toString()}`}>{t('evaluation.overdue.all')}</Link>
      }
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
