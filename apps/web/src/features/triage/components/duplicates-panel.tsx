// Possible duplicates of a request (GET /:id/similar), with a shortcut that opens the merge form on one of them.
import type { StaffSimilarRequest } from '@banshishi/contracts';
import { Button, Card, Empty, Flex, List, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { useStaffSimilar } from '../api/get-staff-similar';

interface DuplicatesPanelProps {
  requestId: string;
  /** present only when the request's availableActions include merge */
  onMerge?: (target: StaffSimilarRequest) => void;
}

export function DuplicatesPanel({ requestId, onMerge }: DuplicatesPanelProps) {
  const { t } = useTranslation();
  const similar = useStaffSimilar(requestId);
  return (
    <Card size="small" title={t('triage.duplicates.title')} data-testid="duplicates">
      {similar.isError ? (
        <LoadError error={similar.error} onRetry={() => void similar.refetch()} />
      ) : (
        <List
          size="small"
          loading={similar.isPending}
          dataSource={similar.data ?? []}
          locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('triage.duplicates.none')} /> }}
          renderItem={(item) => (
            <List.Item
              actions={
                onMerge
                  ? [
                      <Button key="merge" size="small" onClick={() => onMerge(item)}>
                        {t('triage.duplicates.mergeInto')}
                      </Button>,
                    ]
                  : undefined
              }
            >
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <Link to={`/inbox/${item.id}`}>
                  <Typography.Text ellipsis>{item.title}</Typography.Text>
                </Link>
                <Flex gap={4} wrap align="center">
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.code}
                  </Typography.Text>
                  <RequestStatusTag status={item.status} />
                  <Tag bordered={false}>{t('triage.duplicates.score', { percent: Math.round(item.score * 100) })}</Tag>
                  {item.sharedTerms.slice(0, 5).map((term) => (
                    <Tag key={term} color="geekblue" bordered={false}>
                      {term}
                    </Tag>
                  ))}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
