// The trend by month (lines) and the figures by category (bars), drawn by ECharts once it has loaded.
import type { BreakdownRow } from '@banshishi/contracts';
import type { EChartsCoreOption } from 'echarts/core';
import { Alert, Empty } from 'antd';
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { localizedName } from '../../../lib/localized-name';
import { useEChart } from './use-echart';

const SERIES = ['responseRate', 'resolutionRate', 'satisfactionRate', 'participationRate'] as const;

const percent = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 10);

function Chart({ option, label, testId }: { option: EChartsCoreOption | null; label: string; testId: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const { failed } = useEChart(ref, option);
  if (failed) return <Alert type="warning" showIcon message={t('evaluation.chartFailed')} />;
  return <div ref={ref} role="img" aria-label={label} data-testid={testId} style={{ width: '100%', height: 300 }} />;
}

function useOption(rows: readonly BreakdownRow[], type: 'line' | 'bar'): EChartsCoreOption | null {
  const { t, i18n } = useTranslation();
  return useMemo(
    () =>
      rows.length
        ? {
            // Figures, not a show: drawn at once (and whole in a screenshot or a print).
            animation: false,
            tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => (value === null || value === undefined ? '—' : `${String(value)}%`) },
            legend: { top: 0 },
            grid: { left: 48, right: 16, top: 40, bottom: type === 'bar' ? 64 : 32 },
            xAxis: {
              type: 'category',
              data: rows.map((row) => localizedName(row.label, row.labelEn, i18n.language)),
              axisLabel: { interval: 0, rotate: type === 'bar' && rows.length > 5 ? 30 : 0 },
            },
            yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            series: SERIES.map((figure) => ({
              name: t(`evaluation.figure.${figure}`),
              type,
              connectNulls: true,
              data: rows.map((row) => percent(row.figures[figure].value)),
            })),
          }
        : null,
    [rows, type, t, i18n.language],
  );
}

export function TrendChart({ rows }: { rows: readonly BreakdownRow[] }) {
  const { t } = useTranslation();
  const option = useOption(rows, 'line');
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.noData')} />;
  return <Chart option={option} label={t('evaluation.trend')} testId="trend-chart" />;
}

export function CategoryChart({ rows }: { rows: readonly BreakdownRow[] }) {
  const { t } = useTranslation();
  const option = useOption(rows, 'bar');
  if (!rows.length) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('evaluation.noData')} />;
  return <Chart option={option} label={t('evaluation.byCategory')} testId="category-chart" />;
}
