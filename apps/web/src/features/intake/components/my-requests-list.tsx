// 我的诉求: the worker's real-name requests as a phone-friendly list; a tap opens the detail.
import type { RequestListItem } from '@banshishi/contracts';
import { inStatusGroup, REQUEST_AWAITING_RESPONSE_STATUSES } from '@banshishi/workflow';
import { Button, List, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { useMyRequests } from '../api/get-my-requests';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { useFormat } from '../../../lib/use-format';
import { categoryName } from '../../../lib/localized-name';

export function MyRequestsList() {
  const { t } = useTranslation();
  const mine = useMyRequests();
  const newRequest = (
    <Link to="/requests/new">
      <Button type="primary">{t('nav.requestNew')}</Button>
    </Link>
  );
  return (
    <QueryState query={mine} empty={t('mine.empty')} emptyAction={newRequest}>
      {(data) => <MyRequestItems items={data.pages.flatMap((page) => page.items)} mine={mine} />}
    </QueryState>
  );
}

function MyRequestItems({ items, mine }: { items: RequestListItem[]; mine: ReturnType<typeof useMyRequests> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  return (
    <>
      <List
        bordered
        aria-label={t('nav.requestsMine')}
        style={{ background: '#fff' }}
        dataSource={items}
        renderItem={(item) => (
          <List.Item>
            <Link to={`/requests/${item.id}`} style={{ display: 'block', width: '100%', color: 'inherit' }}>
              <Space direction="vertical" size={2} style={{ width: '100%' }}>
                <Space size={8} wrap>
                  <RequestStatusTag status={item.status} />
                  <Typography.Text strong>{item.title}</Typography.Text>
                </Space>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('mine.meta', {
                    code: item.code,
                    submitted: format.date(item.submittedAt),
                    category: categoryName(item, i18n.language),
                  })}
                </Typography.Text>
                {inStatusGroup(REQUEST_AWAITING_RESPONSE_STATUSES, item.status) && item.responseDueAt && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('mine.due', { date: format.date(item.responseDueAt) })}
                  </Typography.Text>
                )}
              </Space>
            </Link>
          </List.Item>
        )}
      />
      {mine.hasNextPage && (
        <Button block style={{ marginTop: 12 }} loading={mine.isFetchingNextPage} onClick={() => void mine.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      )}
    </>
  );
}
