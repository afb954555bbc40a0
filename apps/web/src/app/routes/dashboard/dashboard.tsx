// /dashboard: 评估问效 for leaders (and cadres over their subtree): the headline figures with what they are made of,
// the trend, the units ranked, the categories, what is overdue now, and the hotspots to act on before anyone asks.
import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DataAsOfNote } from '../../../components/data-as-of-note';
import { DownloadButton } from '../../../components/download-button';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { QueryState } from '../../../components/query-state';
import { WhyLink } from '../../../components/why-link';
import { useDashboardBreakdown, useDashboardHotspots, useDashboardSummary, figuresExportUrl } from '../../../features/evaluation/api/get-dashboard';
import { DashboardFilters } from '../../../features/evaluation/components/dashboard-filters';
import { ChannelTable } from '../../../features/evaluation/components/channel-table';
import { CategoryChart, TrendChart } from '../../../features/evaluation/components/figure-charts';
import { FigureCards } from '../../../features/evaluation/components/figure-cards';
import { HotspotClusters, HotspotTerms } from '../../../features/evaluation/components/hotspots-panel';
import { OverdueList } from '../../../features/evaluation/components/overdue-list';
import { UnitRankingTable } from '../../../features/evaluation/components/unit-ranking-table';
import { monthOf, scopeFromSearch, searchFromScope, type DashboardScope } from '../../../features/evaluation/utils/dashboard-scope';
import { useCurrentUser } from '../../../features/identity/api/get-current-user';
import { hasAnyRole } from '../../../features/identity/utils/has-any-role';

function Section({
  title,
  loading,
  error,
  retry,
  children,
  testId,
}: {
  title: string;
  loading: boolean;
  error: unknown;
  retry: () => void;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <Card size="small" title={title} loading={loading} data-testid={testId} style={{ height: '100%' }}>
      {error ? <LoadError error={error} onRetry={retry} /> : children}
    </Card>
  );
}

/** The answers the page shows (「数据截至 …」 when a read replica gave them) */
const DASHBOARD_PATHS = ['/dashboard/*', '/requests'];

export function DashboardRoute() {
  const { t, i18n } = useTranslation();
  const [search, setSearch] = useSearchParams();
  const scope = scopeFromSearch(search);
  const setScope = (next: DashboardScope) => setSearch(searchFromScope(next), { replace: true });
  const user = useCurrentUser();
  const summary = useDashboardSummary(scope);
  const byMonth = useDashboardBreakdown(scope, 'month');
  const byUnit = useDashboardBreakdown(scope, 'unit');
  const byCategory = useDashboardBreakdown(scope, 'category');
  const byChannel = useDashboardBreakdown(scope, 'channel');
  const hotspots = useDashboardHotspots(scope);
  const reportMonth = monthOf(scope) ?? scope.to.slice(0, 7);

  return (
    <>
      <PageHeader
        title={t('nav.dashboard')}
        extra={
          <>
            <DownloadButton icon={<FileExcelOutlined />} url={figuresExportUrl(scope, i18n.language)}>
              {t('evaluation.exportFigures')}
            </DownloadButton>
            <Link to={`/dashboard/report?${new URLSearchParams({ month: reportMonth, ...(scope.unitId ? { unitId: scope.unitId } : {}) }).toString()}`}>
              <Button icon={<PrinterOutlined />}>{t('evaluation.report.open')}</Button>
            </Link>
          </>
        }
      >
        {t('evaluation.intro', { from: scope.from, to: scope.to })}
        {summary.data && ` ${t('evaluation.comparedWith', { from: summary.data.previous.from, to: summary.data.previous.to })}`} <WhyLink stage="evaluation" />{' '}
        <DataAsOfNote paths={DASHBOARD_PATHS} />
      </PageHeader>
      <DashboardFilters scope={scope} onChange={setScope} />
      <QueryState query={summary}>
        {(figures) => (
          <Flex vertical gap={16}>
            {!figures.figures.sampleSufficient && (
              <Alert type="info" showIcon data-testid="sample-insufficient" message={t('evaluation.sampleInsufficient', { min: figures.settings.minSample })} />
            )}
            <FigureCards figures={figures.figures} previous={figures.previous} scope={scope} settings={figures.settings} />
            <Row gutter={[16, 16]}>
              <Col xs={24} xl={12}>
                <Section title={t('evaluation.trend')} loading={byMonth.isPending} error={byMonth.error} retry={() => void byMonth.refetch()}>
                  <TrendChart rows={byMonth.data?.rows ?? []} />
                </Section>
              </Col>
              <Col xs={24} xl={12}>
                <Section title={t('evaluation.byCategory')} loading={byCategory.isPending} error={byCategory.error} retry={() => void byCategory.refetch()}>
                  <CategoryChart rows={byCategory.data?.rows ?? []} />
                </Section>
              </Col>
              <Col xs={24} xl={16}>
                <Section title={t('evaluation.byUnit')} loading={byUnit.isPending} error={byUnit.error} retry={() => void byUnit.refetch()}>
                  <UnitRankingTable rows={byUnit.data?.rows ?? []} />
                </Section>
              </Col>
              <Col xs={24} xl={8}>
                <Card size="small" title={t('evaluation.overdue.title')} style={{ height: '100%' }}>
                  <OverdueList unitId={scope.unitId} />
                </Card>
              </Col>
              <Col xs={24}>
                <Section title={t('evaluation.byChannel')} loading={byChannel.isPending} error={byChannel.error} retry={() => void byChannel.refetch()}>
                  <ChannelTable rows={byChannel.data?.rows ?? []} />
                </Section>
              </Col>
              <Col xs={24} xl={16}>
                <Section title={t('evaluation.hotspots.clusters')} loading={hotspots.isPending} error={hotspots.error} retry={() => void hotspots.refetch()} testId="hotspots">
                  {hotspots.data && <HotspotClusters hotspots={hotspots.data} canPropose={hasAnyRole(user.data, ['cadre'])} />}
                </Section>
              </Col>
              <Col xs={24} xl={8}>
                <Section title={t('evaluation.hotspots.terms')} loading={hotspots.isPending} error={hotspots.error} retry={() => void hotspots.refetch()}>
                  {hotspots.data && <HotspotTerms hotspots={hotspots.data} />}
                </Section>
              </Col>
            </Row>
          </Flex>
        )}
      </QueryState>
    </>
  );
}
