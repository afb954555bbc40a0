// The figures by channel: online beside each way a cadre takes requests in person (代为登记), so a leader sees whether a
// request heard on a visit or a 12351 call is answered as fast and as well as one typed on a phone.
import type { BreakdownRow } from '@banshishi/contracts';
import { REQUEST_CHANNELS } from '@banshishi/workflow';
import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent } from '../../../lib/format';

const ORDER = (key: string) => (REQUEST_CHANNELS as readonly string[]).indexOf(key);

/** A ratio with what it is made of: 87.5% (7/8). */
function Ratio({ figure, language }: { figure: { value: number | null; numerator: number; denominator: number }; language: string }) {
  return (
    <span>
      {formatPercent(figure.value, language)}{' '}
      <Typography.Text type="secondary">
        ({figure.numerator}/{figure.denominator})
      </Typography.Text>
    </span>
  );
}

export function ChannelTable({ rows }: { rows: readonly BreakdownRow[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Table<BreakdownRow>
      size="small"
      rowKey="key"
      data-testid="channel-figures"
      pagination={false}
      dataSource={[...rows].sort((a, b) => ORDER(a.key) - ORDER(b.key))}
      locale={{ emptyText: t('evaluation.noData') }}
      scroll={{ x: 640 }}
      columns={[
        { key: 'channel', title: t('inPerson.detail.channel'), render: (_, row) => t(`inPerson.channel.${row.key}`, { defaultValue: row.label }) },
        { key: 'response', title: t('evaluation.figure.responseRate'), render: (_, row) => <Ratio figure={row.figures.responseRate} language={language} /> },
        { key: 'onTime', title: t('evaluation.figure.onTimeResolutionRate'), render: (_, row) => <Ratio figure={row.figures.onTimeResolutionRate} language={language} /> },
        { key: 'resolution', title: t('evaluation.figure.resolutionRate'), render: (_, row) => <Ratio figure={row.figures.resolutionRate} language={language} /> },
        { key: 'satisfaction', title: t('evaluation.figure.satisfactionRate'), render: (_, row) => <Ratio figure={row.figures.satisfactionRate} language={language} /> },
        { key: 'backlog', title: t('evaluation.figure.backlog'), render: (_, row) => row.figures.backlog },
      ]}
    />
  );
}
