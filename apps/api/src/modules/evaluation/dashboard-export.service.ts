// Excel (exceljs) of the figures and of the requests behind a figure; the numbers are the dashboard's own.
import { Injectable } from '@nestjs/common';
import type { DashboardFigure, DashboardFigures, FigurePart } from '@banshishi/contracts';
import ExcelJS from 'exceljs';
import type { AuthUser } from '../identity/auth-user';
import { DashboardService, type PeriodQuery } from './dashboard.service';

/** The rows of the figures sheet, in the order of DOMAIN.md. */
const FIGURE_LABELS: readonly [keyof DashboardFigures, string][] = [
  ['responseRate', '响应率'],
  ['onTimeResolutionRate', '按时办结率'],
  ['resolutionRate', '解决率'],
  ['partlyRate', '部分解决'],
  ['satisfactionRate', '满意率'],
  ['satisfiedOnlyRate', '满意'],
  ['participationRate', '参评率'],
  ['overdueRate', '超期率'],
  ['reopenRate', '重办率'],
  ['medianResponseHours', '响应时长中位数（小时）'],
  ['medianResolveHours', '办结时长中位数（小时）'],
  ['backlog', '积压'],
  ['compositeScore', '综合得分'],
];

/** [value, numerator, denominator] of any figure; the medians' sample size stands in both parts. */
function cells(figures: DashboardFigures, name: keyof DashboardFigures): [number | null, number | null, number | null] {
  const figure = figures[name];
  if (typeof figure === 'number') return [figure, null, null];
  if (typeof figure === 'boolean') return [null, null, null];
  if ('numerator' in figure) return [figure.value, figure.numerator, figure.denominator];
  if ('sampleSize' in figure) return [figure.value, figure.sampleSize, figure.sampleSize];
  return [figure.value, null, null];
}

const MAX_EXPORTED_REQUESTS = 10_000;

@Injectable()
export class DashboardExportService {
  constructor(private readonly dashboard: DashboardService) {}

  /** Sheet 指标: every figure; sheet 单位排名: the breakdown by unit, ranked. */
  async figures(user: AuthUser, query: PeriodQuery): Promise<Buffer> {
    const summary = await this.dashboard.summary(user, query);
    const byUnit = await this.dashboard.breakdown(user, 'unit', query);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('指标');
    sheet.addRow(['期间', `${summary.from} 至 ${summary.to}`]);
    sheet.addRow(['指标', 'key', '值', '分子', '分母']);
    for (const [name, label] of FIGURE_LABELS) sheet.addRow([label, name, ...cells(summary.figures, name)]);

    const units = book.addWorksheet('单位排名');
    const header = ['排名', '单位', 'unitId', '说明', ...FIGURE_LABELS.map(([, label]) => label)];
    units.addRow(header);
    for (const row of byUnit.rows) {
      units.addRow([row.rank ?? null, row.label, row.key, row.note ?? null, ...FIGURE_LABELS.map(([name]) => cells(row.figures, name)[0])]);
    }
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  /** The requests behind one figure's numerator or denominator (10 000 at most). */
  async requests(user: AuthUser, figure: DashboardFigure, part: FigurePart, query: PeriodQuery): Promise<Buffer> {
    const list = await this.dashboard.requests(user, figure, part, { ...query, page: 1, limit: MAX_EXPORTED_REQUESTS });
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('诉求');
    sheet.addRow(['编号', '标题', '状态', '类别', '承办单位', '提交时间', 'id']);
    for (const item of list.items) sheet.addRow([item.code, item.title, item.status, item.categoryName, item.unitName, item.submittedAt, item.id]);
    return Buffer.from(await book.xlsx.writeBuffer());
  }
}
