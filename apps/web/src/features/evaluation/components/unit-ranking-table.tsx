// The units ranked by 综合得分; a unit under the minimum sample shows 样本不足 instead of a rank.
import type { BreakdownRow } from '@banshishi/contracts';
import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatPercent, NO_VALUE } from '../../../lib/format';
import { formatScore } from '../utils/figure-format';

const byRank = (a: BreakdownRow, b: BreakdownRow) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || (b.figures.compositeScore.value ?? -1) - (a.figures.compositeScore.value ?? -1);

export function UnitRankingTable({ rows, print = false }: { rows: readonly BreakdownRow[]; print?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Table<BreakdownRow>
      size="small"
      rowKey="key"
      data-testid="unit-ranking"
      pagination={print ? false : { pageSize: 10, hideOnSinglePage: true }}
      dataSource={[...rows].sort(byRank)}
      locale={{ emptyText: t('evaluation.noData') }}
      scroll={print ? undefined : { x: 720 }}
      columns={[
        { key: 'rank', title: t('evaluation.rank'), width: 64, render: (_, row) => row.rank ?? NO_VALUE },
        { key: 'unit', title: t('evaluation.unit'), dataIndex: 'label' },
        {
          key: 'score',
          title: t('evaluation.figure.compositeScore'),
          render: (_, row) =>
            row.standing === 'ranked' || !row.standing ? (
              formatScore(row.figures.compositeScore.value, language)
            ) : (
              <Tag color={row.standing === 'insufficient_sample' ? 'default' : 'orange'}>{t(`evaluation.standing.${row.standing}`)}</Tag>
            ),
        },
        { key: 'response', title: t('evaluation.figure.responseRate'), render: (_, row) => formatPercent(row.figures.responseRate.value, language) },
        { key: 'resolution', title: t('evaluation.figure.resolutionRate'), render: (_, row) => formatPercent(row.figures.resolutionRate.value, language) },
        { key: 'satisfaction', title: t('evaluation.figure.satisfactionRate'), render: (_, row) => formatPercent(row.figures.satisfactionRate.value, language) },
        { key: 'answered', title: t('evaluation.answered'), render: (_, row) => row.figures.satisfactionRate.denominator },
        { key: 'overdue', title: t('evaluation.figure.overdueRate'), render: (_, row) => formatPercent(row.figures.overdueRate.value, language) },
        { key: 'backlog', title: t('evaluation.figure.backlog'), render: (_, row) => row.figures.backlog },
      ]}
    />
  );
}
