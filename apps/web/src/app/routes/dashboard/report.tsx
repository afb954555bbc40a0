// /dashboard/report?month=YYYY-MM&unitId: the monthly report for the 工会 meeting, made to be printed on A4: the
// headline figures with numerators and denominators, the unit ranking, the top hotspots and the completed projects.
import { ArrowLeftOutlined, PrinterOutlined } from '@ant-design/icons';
import type { DashboardFigures } from '@banshishi/contracts';
import { PROJECT_DONE_STATUSES } from '@banshishi/workflow';
import type { TFunction } from 'i18next';
import { Button, Flex, Table, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageSpin } from '../../../components/page-spin';
import { useDashboardBreakdown, useDashboardHotspots, useDashboardSummary } from '../../../features/evaluation/api/get-dashboard';
import { HotspotClusters, HotspotTerms } from '../../../features/evaluation/components/hotspots-panel';
import { UnitRankingTable } from '../../../features/evaluation/components/unit-ranking-table';
import { lastFullMonth, monthScope, searchFromScope } from '../../../features/evaluation/utils/dashboard-scope';
import { formatCount, formatHours, formatScore, HEADLINE_RATIOS, MEDIANS } from '../../../features/evaluation/utils/figure-format';
import { formatNumber, formatPercent, NO_VALUE } from '../../../lib/format';
import { findUnit } from '../../../features/org-units/utils/find-unit';
import { useUnits } from '../../../lib/api/get-units';
import { getProjects } from '../../../features/projects/api/get-projects';
import './report.css';
import { useFormat } from '../../../lib/use-format';

interface FigureLine {
  key: string;
  label: string;
  value: string;
  numerator: string;
  denominator: string;
  /** the same figure in the period before (环比) */
  previous: string;
}

function figureLines(figures: DashboardFigures, previous: DashboardFigures, t: TFunction, language: string): FigureLine[] {
  const ratios = HEADLINE_RATIOS.flatMap(({ figure, beside }) => (beside ? [figure, beside] : [figure])).map((figure) => ({
    key: figure,
    label: t(`evaluation.figure.${figure}`),
    value: formatPercent(figures[figure].value, language),
    numerator: formatCount(figures[figure].numerator, language),
    denominator: formatCount(figures[figure].denominator, language),
    previous: formatPercent(previous[figure].value, language),
  }));
  const hours = (figure: DashboardFigures[(typeof MEDIANS)[number]]) => `${figure.estimated ? t('evaluation.estimated') : ''}${formatHours(figure.value, language)}`;
  const medians = MEDIANS.map((figure) => ({
    key: figure,
    label: t('evaluation.inUnit', { figure: t(`evaluation.figure.${figure}`), unit: t('evaluation.hours') }),
    value: hours(figures[figure]),
    numerator: NO_VALUE,
    denominator: `${t('evaluation.sample')} ${formatNumber(figures[figure].sampleSize, language)}`,
    previous: hours(previous[figure]),
  }));
  return [
    ...ratios,
    ...medians,
    {
      key: 'backlog',
      label: t('evaluation.figure.backlog'),
      value: formatNumber(figures.backlog, language),
      numerator: NO_VALUE,
      denominator: NO_VALUE,
      previous: formatNumber(previous.backlog, language),
    },
    {
      key: 'compositeScore',
      label: t('evaluation.figure.compositeScore'),
      value: formatScore(figures.compositeScore.value, language),
      numerator: NO_VALUE,
      denominator: NO_VALUE,
      previous: formatScore(previous.compositeScore.value, language),
    },
  ];
}

export function ReportRoute() {
  const { t } = useTranslation();
  const format = useFormat();
  const [search] = useSearchParams();
  const month = /^\d{4}-\d{2}$/.test(search.get('month') ?? '') ? (search.get('month') as string) : lastFullMonth().from.slice(0, 7);
  const unitId = search.get('unitId') || undefined;
  const scope = { ...monthScope(month), ...(unitId ? { unitId } : {}) };
  const summary = useDashboardSummary(scope);
  const byUnit = useDashboardBreakdown(scope, 'unit');
  const hotspots = useDashboardHotspots(scope, 10);
  const units = useUnits();
  // 已完成的实事项目: completed, and those evaluated since (the first 100 of each).
  const projects = useQuery({
    queryKey: ['projects', 'list', 'done', 'report'],
    queryFn: async () => ({ items: (await Promise.all(PROJECT_DONE_STATUSES.map((status) => getProjects(status, undefined, 100)))).flatMap((page) => page.items) }),
  });
  const unitName = unitId ? findUnit(units.data ?? [], unitId)?.name : undefined;

  const failed = [summary, byUnit, hotspots].find((query) => query.isError);
  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!summary.data || !byUnit.data || !hotspots.data) return <PageSpin />;

  return (
    <div className="monthly-report" data-testid="monthly-report">
      <Flex justify="space-between" className="no-print" style={{ marginBottom: 16 }}>
        <Link to={`/dashboard?${searchFromScope(scope)}`}>
          <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
            {t('nav.dashboard')}
          </Button>
        </Link>
        <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
          {t('evaluation.report.print')}
        </Button>
      </Flex>
      <Typography.Title level={2} style={{ textAlign: 'center' }}>
        {t('evaluation.report.title', { month, unit: unitName ?? t('evaluation.allUnits') })}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        {t('evaluation.report.period', { from: scope.from, to: scope.to })}
      </Typography.Paragraph>

      <section>
        <Typography.Title level={4}>{t('evaluation.report.figures')}</Typography.Title>
        <Table<FigureLine>
          size="small"
          bordered
          pagination={false}
          rowKey="key"
          dataSource={figureLines(summary.data.figures, summary.data.previous.figures, t, format.language)}
          columns={[
            { key: 'label', title: t('evaluation.report.figure'), dataIndex: 'label' },
            { key: 'value', title: t('evaluation.report.value'), dataIndex: 'value', align: 'right' },
            { key: 'numerator', title: t('evaluation.part.numerator'), dataIndex: 'numerator', align: 'right' },
            { key: 'denominator', title: t('evaluation.part.denominator'), dataIndex: 'denominator', align: 'right' },
            { key: 'previous', title: t('evaluation.report.previous', { from: summary.data.previous.from, to: summary.data.previous.to }), dataIndex: 'previous', align: 'right' },
          ]}
        />
        <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
          {t('evaluation.report.definitions', { w: summary.data.settings.basicallySatisfiedWeight, min: summary.data.settings.minSample, ...summary.data.settings.weights })}
        </Typography.Paragraph>
      </section>

      <section>
        <Typography.Title level={4}>{t('evaluation.byUnit')}</Typography.Title>
        <UnitRankingTable rows={byUnit.data.rows} print />
      </section>

      <section>
        <Typography.Title level={4}>{t('evaluation.report.hotspots')}</Typography.Title>
        <HotspotClusters hotspots={hotspots.data} canPropose={false} print />
        <div style={{ marginTop: 8 }}>
          <HotspotTerms hotspots={hotspots.data} print />
        </div>
      </section>

      <section>
        <Typography.Title level={4}>{t('evaluation.report.projects')}</Typography.Title>
        <Table
          size="small"
          bordered
          pagination={false}
          rowKey="id"
          loading={projects.isPending}
          dataSource={projects.data?.items ?? []}
          locale={{ emptyText: t('evaluation.report.noProjects') }}
          columns={[
            { key: 'code', title: t('intake.detail.code'), dataIndex: 'code' },
            { key: 'title', title: t('evaluation.requests.title'), dataIndex: 'title' },
            { key: 'unit', title: t('evaluation.unit'), dataIndex: 'ownerUnitName' },
            { key: 'requests', title: t('evaluation.report.linkedRequests'), dataIndex: 'linkedRequestCount', align: 'right' },
            {
              key: 'completed',
              title: t('evaluation.report.completedOn'),
              dataIndex: 'completedAt',
              render: (completedAt: string | null) => (completedAt ? format.date(completedAt) : '—'),
            },
            { key: 'deadline', title: t('evaluation.report.deadline'), dataIndex: 'deadline', render: (deadline: string) => format.date(deadline) },
          ]}
        />
      </section>
    </div>
  );
}
