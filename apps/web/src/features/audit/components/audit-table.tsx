import type { AuditEntry } from '@banshishi/contracts';
import { Table, Typography, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { AuditChange } from './audit-change';
import { useFormat } from '../../../lib/use-format';

// Long ids are shortened on screen (the copy button copies the whole id); other keys are shown as they are.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function AuditTable({ entries, loading }: { entries: AuditEntry[]; loading: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const columns: TableColumnsType<AuditEntry> = [
    { key: 'at', title: t('audit.at'), dataIndex: 'at', render: (at: string) => format.dateTimeSeconds(at), width: 170 },
    {
      key: 'actor',
      title: t('audit.actor'),
      render: (_, entry) => entry.actorName ?? (entry.actorId ? entry.actorId : <Typography.Text type="secondary">{t('audit.system')}</Typography.Text>),
    },
    { key: 'action', title: t('audit.action'), dataIndex: 'action', render: (action: string) => <Typography.Text code>{action}</Typography.Text> },
    {
      key: 'entity',
      title: t('audit.entity'),
      render: (_, entry) => (
        <>
          {entry.entityType}
          {entry.entityId && (
            <Typography.Text type="secondary" copyable={{ text: entry.entityId }}>
              {` ${UUID.test(entry.entityId) ? entry.entityId.slice(0, 8) : entry.entityId}`}
            </Typography.Text>
          )}
        </>
      ),
    },
  ];
  return (
    <Table<AuditEntry>
      rowKey="id"
      columns={columns}
      dataSource={entries}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      size="middle"
      expandable={{
        expandedRowRender: (entry) => <AuditChange before={entry.before} after={entry.after} />,
        rowExpandable: (entry) => entry.before != null || entry.after != null,
      }}
      locale={{ emptyText: t('audit.empty') }}
    />
  );
}
