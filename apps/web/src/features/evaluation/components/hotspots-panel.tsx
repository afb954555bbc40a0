// 未诉先办: where requests cluster (category × unit × month) and the words many of them use. A cluster's requests that
// may join a project (accepted or in progress) can become a 实事项目 draft at once (/projects/new?requests=…, as from
// the inbox selection); merged, closed or not yet accepted ones are never proposed. A term opens the inbox search.
import type { DashboardHotspots, HotspotCluster } from '@banshishi/contracts';
import { Button, Empty, Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { categoryName } from '../../../lib/localized-name';

export function proposeProjectPath(cluster: Pick<HotspotCluster, 'linkableRequestIds'>): string {
  return `/projects/new?requests=${cluster.linkableRequestIds.join(',')}`;
}

interface HotspotsPanelProps {
  hotspots: DashboardHotspots;
  /** only cadres draft projects (a leader approves them) */
  canPropose: boolean;
  /** the printed report: no buttons, the first few only */
  print?: boolean;
}

export function HotspotClusters({ hotspots, canPropose, print = false }: HotspotsPanelProps) {
  const { t, i18n } = useTranslation();
  const clusters = print ? hotspots.clusters.slice(0, 10) : hotspots.clusters;
  return (
    <Table<HotspotCluster>
      size="small"
      data-testid="hotspot-clusters"
      rowKey={(row) => `${row.categoryId}-${row.unitId}-${row.month}`}
      dataSource={clusters}
      pagination={print ? false : { pageSize: 8, hideOnSinglePage: true }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.hotspots.none')} /> }}
      columns={[
        { key: 'category', title: t('intake.detail.category'), render: (_, row) => categoryName(row, i18n.language) },
        { key: 'unit', title: t('evaluation.unit'), dataIndex: 'unitName' },
        { key: 'month', title: t('evaluation.month'), dataIndex: 'month' },
        { key: 'count', title: t('evaluation.hotspots.count'), dataIndex: 'count', align: 'right' },
        ...(print
          ? []
          : [
              {
                key: 'propose',
                title: t('common.actions'),
                render: (_: unknown, row: HotspotCluster) =>
                  canPropose && row.linkableRequestIds.length > 0 ? (
                    <Link to={proposeProjectPath(row)}>{t('evaluation.hotspots.proposeCount', { count: row.linkableRequestIds.length })}</Link>
                  ) : (
                    <Tooltip title={canPropose ? t('evaluation.hotspots.noneLinkable') : t('evaluation.hotspots.cadreOnly')}>
                      <Button type="link" size="small" disabled style={{ paddingInline: 0 }}>
                        {t('evaluation.hotspots.propose')}
                      </Button>
                    </Tooltip>
                  ),
              },
            ]),
      ]}
    />
  );
}

export function HotspotTerms({ hotspots, print = false }: Omit<HotspotsPanelProps, 'canPropose'>) {
  const { t } = useTranslation();
  if (!hotspots.terms.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.hotspots.noTerms')} />;
  return (
    <Flex wrap gap={8} data-testid="hotspot-terms">
      {hotspots.terms.map((term) =>
        print ? (
          <Tag key={term.term}>
            {term.term} · {term.count}
          </Tag>
        ) : (
          <Link key={term.term} to={`/inbox?q=${encodeURIComponent(term.term)}`}>
            <Tag color="geekblue">
              {term.term} <Typography.Text type="secondary">{term.count}</Typography.Text>
            </Tag>
          </Link>
        ),
      )}
    </Flex>
  );
}
