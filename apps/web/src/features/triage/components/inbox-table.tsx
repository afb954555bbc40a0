// The inbox rows: urgency first, overdue red and due-soon orange; selectable for bulk actions. Cards on a phone.
import type { RequestListItem } from '@banshishi/contracts';
import { Flex, Grid, List, Checkbox, Table, Tag, Typography, type CheckboxProps } from 'antd';
import type { AriaAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RequestStatusTag } from '../../../components/request-status-tag';
import { DueMark } from '../../../components/due-mark';
import { useFormat } from '../../../lib/use-format';
import { categoryName } from '../../../lib/localized-name';

interface InboxTableProps {
  items: RequestListItem[];
  loading: boolean;
  selected: string[];
  onSelect: (ids: string[]) => void;
}

export function InboxTable({ items, loading, selected, onSelect }: InboxTableProps) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const narrow = Grid.useBreakpoint().md === false;
  const toggle = (id: string, on: boolean) => onSelect(on ? [...selected, id] : selected.filter((other) => other !== id));

  if (narrow) {
    return (
      <List
        loading={loading}
        dataSource={items}
        locale={{ emptyText: t('triage.inbox.empty') }}
        renderItem={(item) => (
          <List.Item style={{ paddingInline: 0 }}>
            <Flex gap={8} align="flex-start" style={{ width: '100%' }}>
              <Checkbox
                checked={selected.includes(item.id)}
                onChange={(event) => toggle(item.id, event.target.checked)}
                aria-label={t('triage.inbox.select', { code: item.code })}
              />
              <Flex vertical gap={4} style={{ minWidth: 0, flex: 1 }}>
                <Link to={`/inbox/${item.id}`}>
                  <Typography.Text strong ellipsis>
                    {item.title}
                  </Typography.Text>
                </Link>
                <Flex gap={4} wrap align="center">
                  <RequestStatusTag status={item.status} />
                  <DueMark dueAt={item.dueAt} overdue={item.overdue} dueSoon={item.dueSoon} />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {item.code} · {categoryName(item, i18n.language)} · {item.handlingUnitName}
                  </Typography.Text>
                </Flex>
              </Flex>
            </Flex>
          </List.Item>
        )}
      />
    );
  }

  return (
    <Table<RequestListItem>
      rowKey="id"
      size="middle"
      loading={loading}
      dataSource={items}
      pagination={false}
      locale={{ emptyText: t('triage.inbox.empty') }}
      rowSelection={{
        selectedRowKeys: selected,
        onChange: (keys) => onSelect(keys as string[]),
        preserveSelectedRowKeys: true,
        getCheckboxProps: (item) => {
          // Each row's box says which request it selects. Checkbox hands aria-* to its <input>; its props type lists none.
          const props: CheckboxProps & AriaAttributes = { 'aria-label': t('triage.inbox.select', { code: item.code }) };
          return props;
        },
      }}
      onRow={(item) => ({ style: item.overdue ? { background: '#fff1f0' } : item.dueSoon ? { background: '#fff7e6' } : undefined })}
      columns={[
        { key: 'due', title: t('triage.inbox.due'), width: 150, render: (_, item) => <DueMark dueAt={item.dueAt} overdue={item.overdue} dueSoon={item.dueSoon} /> },
        {
          key: 'title',
          title: t('triage.inbox.title'),
          render: (_, item) => (
            <Flex vertical>
              <Link to={`/inbox/${item.id}`}>{item.title}</Link>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {item.code}
                {item.anonymous && (
                  <Tag bordered={false} style={{ marginInlineStart: 8 }}>
                    {t('triage.anonymous')}
                  </Tag>
                )}
              </Typography.Text>
            </Flex>
          ),
        },
        { key: 'status', title: t('triage.inbox.status'), width: 110, render: (_, item) => <RequestStatusTag status={item.status} /> },
        { key: 'category', title: t('triage.inbox.category'), width: 140, render: (_, item) => categoryName(item, i18n.language) },
        { key: 'unit', title: t('triage.inbox.unit'), width: 200, dataIndex: 'handlingUnitName' },
        { key: 'submitted', title: t('triage.inbox.submittedAt'), width: 140, render: (_, item) => format.shortDateTime(item.submittedAt) },
      ]}
    />
  );
}
