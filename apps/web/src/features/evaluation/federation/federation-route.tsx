// /federation: 全总汇总 for a federation's leaders: every figure with its numerator and denominator over all regions,
// the regions ranked with 「数据截至 …」 (a stale region marked, not dropped), each region's units, and a link to the
// region's own instance for the requests behind a number (they never leave the region); trends by month, figures by
// category and the biggest hotspot clusters over all regions, each cluster linking to its region's dashboard.
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import type { DashboardFigures, FederationGroupRow, FederationHotspot, FederationRegionRow, FederationStanding, FederationUnitRow } from '@banshishi/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { LoadError } from '../../../components/load-error';
import { PageHeader } from '../../../components/page-header';
import { formatDateTime, formatPercent } from '../../../lib/format';
import { formatCount, formatHours, formatScore, HEADLINE_RATIOS, MEDIANS, type RatioFigure } from '../utils/figure-format';
import { useFederationDetail, useFederationSummary, useFederationUnits, type FederationPeriod } from './get-federation';

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

/** A ratio as "value (numerator / denominator)". */
function ratio(figures: DashboardFigures, figure: RatioFigure, language: string): string {
  const value = figures[figure];
  return `${formatPercent(value.value, language)} (${formatCount(value.numerator, language)} / ${formatCount(value.denominator, language)})`;
}

/** Months or categories over all regions: the headline figures, each with its numerator and denominator. */
function GroupTable({ rows, keyTitle, label, loading }: { rows: FederationGroupRow[]; keyTitle: string; label: string; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <Table<FederationGroupRow>
      size="small"
      rowKey="key"
      loading={loading}
      pagination={{ pageSize: 24, hideOnSinglePage: true }}
      scroll={{ x: true }}
      dataSource={rows}
      aria-label={label}
      columns={[
        { title: keyTitle, key: 'label', render: (_value, row) => (language.startsWith('en') && row.labelEn ? row.labelEn : row.label) },
        ...(['responseRate', 'onTimeResolutionRate', 'resolutionRate', 'satisfactionRate'] as const).map((figure) => ({
          title: t(`evaluation.figure.${figure}`),
          key: figure,
          align: 'right' as const,
          render: (_value: unknown, row: FederationGroupRow) => ratio(row.figures, figure, language),
        })),
        { title: t('evaluation.figure.backlog'), key: 'backlog', align: 'right', render: (_value, row) => row.figures.backlog },
        { title: t('evaluation.figure.compositeScore'), key: 'score', align: 'right', render: (_value, row) => formatScore(row.figures.compositeScore.value, language) },
      ]}
    />
  );
}

function Hotspots({ hotspots, from, to, loading }: { hotspots: FederationHotspot[]; from: string; to: string; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language.startsWith('en');
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text type="secondary">{t('federation.hotspotsIntro')}</Typography.Text>
      <Table<FederationHotspot>
        size="small"
        loading={loading}
        rowKey={(row) => `${row.regionCode}/${row.unitId}/${row.categoryId}/${row.month}`}
        pagination={false}
        dataSource={hotspots}
        aria-label={t('federation.hotspots')}
        locale={{ emptyText: t('federation.noHotspots') }}
        columns={[
          { title: t('federation.region'), dataIndex: 'regionName' },
          { title: t('federation.unit'), dataIndex: 'unitName' },
          { title: t('federation.category'), key: 'category', render: (_value, row) => (english ? row.categoryNameEn : row.categoryName) },
          { title: t('federation.month'), dataIndex: 'month' },
          { title: t('federation.count'), dataIndex: 'count', align: 'right' },
          {
            title: t('federation.requests'),
            key: 'link',
            render: (_value, row) => (
              <Typography.Link href={`${row.publicUrl}/dashboard?from=${from}&to=${to}`} target="_blank" rel="noopener noreferrer">
                {t('federation.openHotspot', { region: row.regionName })}
              </Typography.Link>
            ),
          },
        ]}
      />
    </Space>
  );
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
  const detail = useFederationDetail(period);
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
          {detail.error ? (
            <LoadError error={detail.error} onRetry={() => void detail.refetch()} />
          ) : (
            <>
              <Card size="small" title={t('federation.trends')}>
                <GroupTable rows={detail.data?.months ?? []} keyTitle={t('federation.month')} label={t('federation.trends')} loading={detail.isPending} />
              </Card>
              <Card size="small" title={t('federation.categories')}>
                <GroupTable rows={detail.data?.categories ?? []} keyTitle={t('federation.category')} label={t('federation.categories')} loading={detail.isPending} />
              </Card>
              <Card size="small" title={t('federation.hotspots')}>
                <Hotspots hotspots={detail.data?.hotspots ?? []} from={detail.data?.from ?? ''} to={detail.data?.to ?? ''} loading={detail.isPending} />
              </Card>
            </>
          )}
        </Space>
      )}
    </>
  );
}
