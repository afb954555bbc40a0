// Excel (exceljs) of the figures and of the requests behind a figure; the numbers are the dashboard's own, the words
// in the reader's language, the times in China time (platform/xlsx).
import { Injectable } from '@nestjs/common';
import type { BreakdownRow, DashboardFigure, DashboardFigures, FigurePart, FigureRequestItem } from '@banshishi/contracts';
import { REQUEST_CHANNEL_LABELS, REQUEST_STATUS_LABELS, type Label, type RequestChannel, type RequestStatus } from '@banshishi/workflow';
import ExcelJS from 'exceljs';
import type { ExportLanguage } from '../../platform/xlsx/export-language';
import { addTableSheet, type XlsxCellKind, type XlsxColumn } from '../../platform/xlsx/xlsx-table';
import type { AuthUser } from '../identity/auth-user';
import { DashboardService, type PeriodQuery } from './dashboard.service';

/** The rows of the figures sheet, in the order of DOMAIN.md, with how each value reads. */
const FIGURE_LABELS: readonly [keyof DashboardFigures, Label, XlsxCellKind][] = [
  ['responseRate', { zh: '响应率', en: 'Response rate' }, 'percent'],
  ['onTimeResolutionRate', { zh: '按时办结率', en: 'Resolved on time' }, 'percent'],
  ['resolutionRate', { zh: '解决率', en: 'Resolution rate' }, 'percent'],
  ['partlyRate', { zh: '部分解决', en: 'Partly resolved' }, 'percent'],
  ['satisfactionRate', { zh: '满意率', en: 'Satisfaction rate' }, 'percent'],
  ['satisfiedOnlyRate', { zh: '满意', en: 'Satisfied' }, 'percent'],
  ['participationRate', { zh: '参评率', en: 'Answer rate' }, 'percent'],
  ['overdueRate', { zh: '超期率', en: 'Overdue rate' }, 'percent'],
  ['reopenRate', { zh: '重办率', en: 'Reopen rate' }, 'percent'],
  ['medianResponseHours', { zh: '响应时长中位数（小时）', en: 'Median hours to respond' }, 'number'],
  ['medianResolveHours', { zh: '办结时长中位数（小时）', en: 'Median hours to resolve' }, 'number'],
  ['backlog', { zh: '积压', en: 'Backlog' }, 'integer'],
  ['compositeScore', { zh: '综合得分', en: 'Composite score' }, 'number'],
];

/** Sheet names, headers and notes, in both languages. */
const TEXT = {
  figuresSheet: { zh: '指标', en: 'Figures' },
  unitsSheet: { zh: '单位排名', en: 'Unit ranking' },
  channelsSheet: { zh: '渠道', en: 'Channels' },
  requestsSheet: { zh: '诉求', en: 'Requests' },
  period: { zh: '期间', en: 'Period' },
  periodTo: { zh: '至', en: 'to' },
  figure: { zh: '指标', en: 'Figure' },
  value: { zh: '值', en: 'Value' },
  numerator: { zh: '分子', en: 'Numerator' },
  denominator: { zh: '分母', en: 'Denominator' },
  rank: { zh: '排名', en: 'Rank' },
  unit: { zh: '单位', en: 'Unit' },
  note: { zh: '说明', en: 'Note' },
  channel: { zh: '渠道', en: 'Channel' },
  code: { zh: '编号', en: 'Code' },
  title: { zh: '标题', en: 'Title' },
  status: { zh: '状态', en: 'Status' },
  category: { zh: '类别', en: 'Category' },
  handlingUnit: { zh: '承办单位', en: 'Handling unit' },
  submittedAt: { zh: '提交时间', en: 'Submitted (China time)' },
  insufficientSample: { zh: '样本不足', en: 'Sample too small' },
  noScore: { zh: '无得分', en: 'No score' },
} as const satisfies Record<string, Label>;

/** [value, numerator, denominator] of any figure; the medians' sample size stands in both parts. */
function cells(figures: DashboardFigures, name: keyof DashboardFigures): [number | null, number | null, number | null] {
  const figure = figures[name];
  if (typeof figure === 'number') return [figure, null, null];
  if (typeof figure === 'boolean') return [null, null, null];
  if ('numerator' in figure) return [figure.value, figure.numerator, figure.denominator];
  if ('sampleSize' in figure) return [figure.value, figure.sampleSize, figure.sampleSize];
  return [figure.value, null, null];
}

function labelOf<K extends string>(labels: Readonly<Record<K, Label>>, key: string, lang: ExportLanguage): string {
  return (labels as Record<string, Label | undefined>)[key]?.[lang] ?? key;
}

const MAX_EXPORTED_REQUESTS = 10_000;

@Injectable()
export class DashboardExportService {
  constructor(private readonly dashboard: DashboardService) {}

  /** Sheet 指标: every figure; sheet 单位排名: the breakdown by unit, ranked; sheet 渠道: the breakdown by channel. */
  async figures(user: AuthUser, query: PeriodQuery, lang: ExportLanguage = 'zh'): Promise<Buffer> {
    const summary = await this.dashboard.summary(user, query);
    const byUnit = await this.dashboard.breakdown(user, 'unit', query);
    const byChannel = await this.dashboard.breakdown(user, 'channel', query);
    const t = (label: Label) => label[lang];
    const book = new ExcelJS.Workbook();
    const period = `${t(TEXT.period)} ${summary.from} ${t(TEXT.periodTo)} ${summary.to}`;

    const figureRows = FIGURE_LABELS.map(([name, label, kind]) => ({ name, label: t(label), kind, cells: cells(summary.figures, name) }));
    addTableSheet(
      book,
      t(TEXT.figuresSheet),
      [
        { header: t(TEXT.figure), value: (row) => row.label },
        { header: 'key', value: (row) => row.name },
        { header: t(TEXT.value), value: (row) => row.cells[0], kind: (row) => row.kind },
        { header: t(TEXT.numerator), value: (row) => row.cells[1], kind: 'integer' },
        { header: t(TEXT.denominator), value: (row) => row.cells[2], kind: 'integer' },
      ],
      figureRows,
      [period],
    );

    const figureColumns: XlsxColumn<BreakdownRow>[] = FIGURE_LABELS.map(([name, label, kind]) => ({ header: t(label), value: (row) => cells(row.figures, name)[0], kind }));
    const note = (row: BreakdownRow) => (row.standing === 'insufficient_sample' ? t(TEXT.insufficientSample) : row.standing === 'no_score' ? t(TEXT.noScore) : null);
    addTableSheet(
      book,
      t(TEXT.unitsSheet),
      [
        { header: t(TEXT.rank), value: (row) => row.rank ?? null, kind: 'integer' },
        { header: t(TEXT.unit), value: (row) => row.label },
        { header: 'unitId', value: (row) => row.key },
        { header: t(TEXT.note), value: note },
        ...figureColumns,
      ],
      byUnit.rows,
    );
    addTableSheet(
      book,
      t(TEXT.channelsSheet),
      [{ header: t(TEXT.channel), value: (row) => labelOf(REQUEST_CHANNEL_LABELS, row.key, lang) }, { header: 'key', value: (row) => row.key }, ...figureColumns],
      byChannel.rows,
      [period],
    );
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** The requests behind one figure's numerator or denominator (10 000 at most). */
  async requests(user: AuthUser, figure: DashboardFigure, part: FigurePart, query: PeriodQuery, lang: ExportLanguage = 'zh'): Promise<Buffer> {
    const list = await this.dashboard.requests(user, figure, part, { ...query, page: 1, limit: MAX_EXPORTED_REQUESTS });
    const t = (label: Label) => label[lang];
    const book = new ExcelJS.Workbook();
    addTableSheet<FigureRequestItem>(
      book,
      t(TEXT.requestsSheet),
      [
        { header: t(TEXT.code), value: (item) => item.code },
        { header: t(TEXT.title), value: (item) => item.title, width: 40 },
        { header: t(TEXT.status), value: (item) => labelOf(REQUEST_STATUS_LABELS as Record<RequestStatus, Label>, item.status, lang) },
        { header: t(TEXT.category), value: (item) => (lang === 'en' ? item.categoryNameEn : item.categoryName) },
        { header: t(TEXT.handlingUnit), value: (item) => item.unitName },
        { header: t(TEXT.channel), value: (item) => labelOf(REQUEST_CHANNEL_LABELS as Record<RequestChannel, Label>, item.channel, lang) },
        { header: t(TEXT.submittedAt), value: (item) => item.submittedAt, kind: 'datetime' },
        { header: 'id', value: (item) => item.id },
      ],
      list.items,
    );
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}
