// 未诉先办: where requests cluster (category × unit × month) and the words many of them use. The clusters carry counts
// only; opening one (expanding its row) fetches its requests, and those that may join a project (accepted or in
// progress) can become a 实事项目 draft at once (/projects/new?requests=…, as from the inbox selection); merged, closed
// or not yet accepted ones are never proposed. A term opens the inbox search.
import type { DashboardHotspots, HotspotCluster, HotspotClusterRequests } from '@banshishi/contracts';
import { useQuery } from '@tanstack/react-query';
import { Button, Empty, Flex, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { categoryName } from '../../../lib/localized-name';
import { hotspotRequestsOptions } from '../api/get-dashboard';

export function proposeProjectPath(cluster: Pick<HotspotClusterRequests, 'linkableRequestIds'>): string {
  return `/projects/new?requests=${cluster.linkableRequestIds.join(',')}`;
}

interface HotspotsPanelProps {
  hotspots: DashboardHotspots;
  /** only cadres draft projects (a leader approves them) */
  canPropose: boolean;
  /** the printed report: no buttons, the first few only */
  print?: boolean;
}

/** An opened cluster: how many of its requests may join a project, and the proposal (cadres). */
function OpenedCluster({ hotspots, cluster, canPropose }: { hotspots: DashboardHotspots; cluster: HotspotCluster; canPropose: boolean }) {
  const { t } = useTranslation();
  const opened = useQuery(hotspotRequestsOptions(hotspots, cluster));
  if (opened.isPending) return <Spin size="small" />;
  if (opened.isError) return <LoadError error={opened.error} onRetry={() => void opened.refetch()} />;
  const { requestIds, linkableRequestIds } = opened.data;
  return (
    <Flex gap={16} align="center" wrap data-testid="hotspot-cluster-opened">
      <Typography.Text type="secondary">{t('evaluation.hotspots.opened', { count: requestIds.length, linkable: linkableRequestIds.length })}</Typography.Text>
      {canPropose && linkableRequestIds.length > 0 ? (
        <Link to={proposeProjectPath(opened.data)}>{t('evaluation.hotspots.proposeCount', { count: linkableRequestIds.length })}</Link>
      ) : (
        <Tooltip title={canPropose ? t('evaluation.hotspots.noneLinkable') : t('evaluation.hotspots.cadreOnly')}>
          <Button type="link" size="small" disabled style={{ paddingInline: 0 }}>
            {t('evaluation.hotspots.propose')}
          </Button>
        </Tooltip>
      )}
    </Flex>
  );
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
      expandable={print ? undefined : { expandRowByClick: true, expandedRowRender: (row) => <OpenedCluster hotspots={hotspots} cluster={row} canPropose={canPropose} /> }}
      columns={[
        { key: 'category', title: t('intake.detail.category'), render: (_, row) => categoryName(row, i18n.language) },
        { key: 'unit', title: t('evaluation.unit'), dataIndex: 'unitName' },
        { key: 'month', title: t('evaluation.month'), dataIndex: 'month' },
        { key: 'count', title: t('evaluation.hotspots.count'), dataIndex: 'count', align: 'right' },
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
