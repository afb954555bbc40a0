import type { CalendarDay } from '@banshishi/contracts';
import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Popconfirm, Space, Table, Tag, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { apiErrorText } from '../../../lib/api-error-text';
import { useDeleteCalendarDay } from '../api/delete-calendar-day';
import { useFormat } from '../../../lib/use-format';

export function CalendarDaysTable({ days, loading, onEdit }: { days: CalendarDay[]; loading: boolean; onEdit: (day: CalendarDay) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const { message } = App.useApp();
  const remove = useDeleteCalendarDay();
  const columns: TableColumnsType<CalendarDay> = [
    {
      key: 'day',
      title: t('calendar.day'),
      dataIndex: 'day',
      render: (day: string) => format.dateWithWeekday(day),
    },
    {
      key: 'kind',
      title: t('calendar.kind'),
      dataIndex: 'kind',
      render: (kind: CalendarDay['kind']) => <Tag color={kind === 'holiday' ? 'red' : 'blue'}>{t(`calendar.kinds.${kind}`)}</Tag>,
    },
    { key: 'name', title: t('calendar.name'), dataIndex: 'name' },
    {
      key: 'actions',
      title: t('common.actions'),
      render: (_, day) => (
        <Space size={4}>
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(day)}>
            {t('common.edit')}
          </Button>
          <Popconfirm
            title={t('calendar.deleteConfirm', { day: format.dateWithWeekday(day.day) })}
            okText={t('common.delete')}
            okButtonProps={{ danger: true }}
            cancelText={t('common.cancel')}
            onConfirm={() =>
              remove.mutateAsync(day.day).then(
                () => void message.success(t('common.deleted')),
                (error: unknown) => void message.error(apiErrorText(t, error).title),
              )
            }
          >
            <Button size="small" danger icon={<DeleteOutlined />}>
              {t('common.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
  return (
    <Table<CalendarDay>
      rowKey="day"
      columns={columns}
      dataSource={days}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      size="middle"
      locale={{ emptyText: t('calendar.empty') }}
    />
  );
}
