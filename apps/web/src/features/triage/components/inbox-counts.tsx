// The inbox header: how many requests wait in each status (click to filter), how many are overdue or due soon.
import type { RequestCounts } from '@banshishi/contracts';
import { REQUEST_STATUSES, REQUEST_STATUS_LABELS, type RequestStatus } from '@banshishi/workflow';
import { Card, Flex, Segmented, Skeleton, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { workflowLabel } from '../../../lib/workflow-label';

const ALL = 'all';

interface InboxCountsProps {
  counts: RequestCounts | undefined;
  status: RequestStatus | undefined;
  overdue: boolean;
  onStatus: (status: RequestStatus | undefined) => void;
  onOverdue: (overdue: boolean) => void;
}

export function InboxCounts({ counts, status, overdue, onStatus, onOverdue }: InboxCountsProps) {
  const { t, i18n } = useTranslation();
  if (!counts) return <Skeleton.Input active block style={{ height: 88, marginBottom: 16 }} />;
  const total = REQUEST_STATUSES.reduce((sum, key) => sum + (counts.byStatus[key] ?? 0), 0);
  return (
    <Card size="small" style={{ marginBottom: 16 }}>
      <Flex gap={16} wrap align="center" justify="space-between">
        <div style={{ overflowX: 'auto', maxWidth: '100%' }}>
          <Segmented<string>
            aria-label={t('triage.inbox.byStatus')}
            value={status ?? ALL}
            onChange={(value) => onStatus(value === ALL ? undefined : (value as RequestStatus))}
            options={[
              { value: ALL, label: `${t('triage.inbox.all')} ${total}` },
              ...REQUEST_STATUSES.map((key) => ({ value: key, label: `${workflowLabel(REQUEST_STATUS_LABELS[key], i18n.language)} ${counts.byStatus[key] ?? 0}` })),
            ]}
          />
        </div>
        <Flex gap={24}>
          <button type="button" className="inbox-stat" onClick={() => onOverdue(!overdue)} aria-pressed={overdue} style={{ all: 'unset', cursor: 'pointer' }}>
            <Statistic title={t('triage.inbox.overdue')} value={counts.overdue} valueStyle={{ color: '#cf1322', textDecoration: overdue ? 'underline' : undefined }} />
          </button>
          <Statistic title={t('triage.inbox.dueSoon')} value={counts.dueSoon} valueStyle={{ color: '#d46b08' }} />
        </Flex>
      </Flex>
    </Card>
  );
}
