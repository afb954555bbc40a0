// /federation: 全总汇总 for a federation's leaders: every figure with its numerator and denominator over all regions,
// the regions ranked with 「数据截至 …」 (a stale region marked, not dropped), each region's units, and a link to the
// region's own instance for the requests behind a number (they never leave the region).
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import type { DashboardFigures, FederationRegionRow, FederationStanding, FederationUnitRow } from '@banshishi/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime, formatPercent } from '../../../lib/format';
import { formatCount, formatHours, formatScore, HEADLINE_RATIOS, MEDIANS, type RatioFigure } from '../utils/figure-format';
import { useFederationSummary, useFederationUnits, type FederationPeriod } from './get-federation';

const RATIOS: readonly RatioFigure[] = HEADLINE_RATIOS.flatMap(({ figure, beside }) => (beside ? [figure, beside] : [figure]));

function FiguresTable({ figures }: { figures: DashboardFigures }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const rows = [
    ...RATIOS.map((figure) => ({
      key: figure,
      name: t(`evaluation.figure.${figure}`),
      value: formatPercent(figures[figure].value, language),
      parts: `${formatCount(figures[figure].numerator, language)} / ${formatCount(figures[figure].denominator, language)}`,
    })),
    ...MEDIANS.map((figure) => ({
      key: figure,
      name: t(`evaluation.figure.${figure}`),
      value: t('federation.hours', { hours: formatHours(figures[figure].value, language) }),
      parts: t('federation.sample', { count: figures[figure].sampleSize }),
    })),
    { key: 'backlog', name: t('evaluation.figure.backlog'), value: String(figures.backlog), parts: '' },
    { key: 'compositeScore', name: t('evaluation.figure.compositeScore'), value: formatScore(figures.compositeScore.value, language), parts: '' },
  ];
  return (
    <Table
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={rows}
      columns={[
        { title: t('federation.figure'), dataIndex: 'name' },
        { title: t('federation.value'), dataIndex: 'value', align: 'right' },
        { title: t('federation.parts'), dataIndex: 'parts', align: 'right' },
      ]}
    />
  );
}

function Standing({ rank, standing }: { rank: number | null; standing: FederationStanding }) {
  const { t } = useTranslation();
  if (rank !== null) return <>{rank}</>;
  return <Typography.Text type="secondary">{standing === 'insufficient_sample' ? t('federation.insufficientSample') : t('federation.noScore')}</Typography.Text>;
}

function RegionUnits({ code, period }: { code: string; period: FederationPeriod }) {
  const { t, i18n } = useTranslation();
  const units = useFederationUnits(code, period);
  if (units.error) return <LoadError error={units.error} onRetry={() => void units.refetch()} />;
  return (
    <Table<FederationUnitRow>
      size="small"
      loading={units.isPending}
      rowKey="unitId"
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      dataSource={units.data?.units ?? []}
      aria-label={t('federation.unitsOf', { region: units.data?.region.name ?? code })}
      columns={[
        { title: t('federation.rank'), key: 'rank', width: 90, render: (_value, unit) => <Standing rank={unit.rank} standing={unit.standing} /> },
        { title: t('federation.unit'), dataIndex: 'name' },
        { title: t('evaluation.figure.compositeScore'), key: 'score', align: 'right', render: (_value, unit) => formatScore(unit.figures.compositeScore.value, i18n.language) },
        {
          title: t('evaluation.figure.satisfactionRate'),
          key: 'satisfaction',
          align: 'right',
          render: (_value, unit) => formatPercent(unit.figures.satisfactionRate.value, i18n.language),
        },
        { title: t('evaluation.figure.backlog'), key: 'backlog', align: 'right', render: (_value, unit) => unit.figures.backlog },
      ]}
    />
  );
}

export function FederationRoute() {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const [search] = useSearchParams();
  const period: FederationPeriod = { from: search.get('from') ?? undefined, to: search.get('to') ?? undefined };
  const summary = useFederationSummary(period);
  const data = summary.data;
  return (
    <>
      <PageHeader title={t('federation.title')}>{t('federation.intro')}</PageHeader>
      {summary.error ? (
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <Space direction="vertical" size={16} style={{ width: '100%' }}>
          {data && <Typography.Text>{t('federation.period', { from: data.from, to: data.to, count: data.regions.length })}</Typography.Text>}
          {data?.regions.some((region) => region.stale) && <Alert type="warning" showIcon message={t('federation.staleWarning')} />}
          <Card size="small" title={t('federation.allRegions')} loading={summary.isPending}>
            {data && <FiguresTable figures={data.figures} />}
          </Card>
          <Card size="small" title={t('federation.regions')} loading={summary.isPending}>
            <Table<FederationRegionRow>
              size="small"
              rowKey="code"
              pagination={false}
              dataSource={data?.regions ?? []}
              aria-label={t('federation.regions')}
              expandable={{ expandedRowRender: (region) => <RegionUnits code={region.code} period={period} /> }}
              columns={[
                { title: t('federation.rank'), key: 'rank', width: 90, render: (_value, region) => <Standing rank={region.rank} standing={region.standing} /> },
                {
                  title: t('federation.region'),
                  key: 'name',
                  render: (_value, region) => (
                    <Space size={4} wrap>
                      {region.name}
                      {region.removed && <Tag>{t('federation.removed')}</Tag>}
                      {region.stale && !region.removed && <Tag color="warning">{t('federation.stale')}</Tag>}
                    </Space>
                  ),
                },
                {
                  title: t('evaluation.figure.compositeScore'),
                  key: 'score',
                  align: 'right',
                  render: (_value, region) => formatScore(region.figures.compositeScore.value, language),
                },
                {
                  title: t('evaluation.figure.satisfactionRate'),
                  key: 'satisfaction',
                  align: 'right',
                  render: (_value, region) =>
                    `${formatPercent(region.figures.satisfactionRate.value, language)} (${formatCount(region.figures.satisfactionRate.numerator, language)} / ${formatCount(region.figures.satisfactionRate.denominator, language)})`,
                },
                {
                  title: t('evaluation.figure.onTimeResolutionRate'),
                  key: 'onTime',
                  align: 'right',
                  render: (_value, region) =>
                    `${formatPercent(region.figures.onTimeResolutionRate.value, language)} (${region.figures.onTimeResolutionRate.numerator} / ${region.figures.onTimeResolutionRate.denominator})`,
                },
                { title: t('evaluation.figure.backlog'), key: 'backlog', align: 'right', render: (_value, region) => region.figures.backlog },
                { title: t('federation.dataAsOf'), key: 'asOf', render: (_value, region) => formatDateTime(region.dataAsOf, language) },
                {
                  title: t('federation.requests'),
                  key: 'link',
                  render: (_value, region) => (
                    <Typography.Link href={`${region.publicUrl}/dashboard?from=${data?.from ?? ''}&to=${data?.to ?? ''}`} target="_blank" rel="noopener noreferrer">
                      {t('federation.openRegion', { region: region.name })}
                    </Typography.Link>
                  ),
                },
              ]}
            />
          </Card>
        </Space>
      )}
    </>
  );
}
