// One way to write a table into an Excel sheet, for every export: typed cells (numbers stay numbers), times in China
// time, columns as wide as what they hold, the header row frozen and filterable, and lines above it for the title.
import type ExcelJS from 'exceljs';
import { CHINA_OFFSET_MS } from '@banshishi/workflow';

export type XlsxCellKind = 'text' | 'integer' | 'number' | 'percent' | 'datetime' | 'date';

export interface XlsxColumn<T> {
  header: string;
  value: (row: T) => string | number | Date | null | undefined;
  /** how the value is shown; a function when rows of one column differ (a figure's value: a rate, hours, a count) */
  kind?: XlsxCellKind | ((row: T) => XlsxCellKind);
  /** characters; by default as wide as the widest of header and values (a Chinese character counts two), 8–60 */
  width?: number;
}

const FORMATS: Partial<Record<XlsxCellKind, string>> = {
  integer: '0',
  number: '0.00',
  percent: '0.0%',
  datetime: 'yyyy-mm-dd hh:mm',
  date: 'yyyy-mm-dd',
};
const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

/**
 * An instant as Excel shows it in China: Excel's times have no zone, so the cell holds the wall-clock time of UTC+8
 * (China has had no daylight saving since 1991). `2026-03-01T06:05:00Z` reads 2026-03-01 14:05.
 */
export function chinaWallClock(instant: Date | string): Date {
  return new Date(new Date(instant).getTime() + CHINA_OFFSET_MS);
}

/** How many character cells a text takes: CJK and full-width forms two, the rest one. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(char) ? 2 : 1;
  return width;
}

function shown(value: unknown, kind: XlsxCellKind): string {
  if (value === null || value === undefined) return '';
  if (kind === 'datetime') return '0000-00-00 00:00';
  if (kind === 'date') return '0000-00-00';
  if (kind === 'percent') return '100.0%';
  if (typeof value === 'number') return kind === 'number' ? value.toFixed(2) : String(value);
  return String(value);
}

/**
 * Adds a sheet: `title` lines first (a merged cell each), then the header row (bold, frozen, with a filter), then one
 * row per item. Answers the sheet.
 */
export function addTableSheet<T>(book: ExcelJS.Workbook, name: string, columns: readonly XlsxColumn<T>[], rows: readonly T[], title: readonly string[] = []): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name);
  for (const line of title) {
    const row = sheet.addRow([line]);
    if (columns.length > 1) sheet.mergeCells(row.number, 1, row.number, columns.length);
  }
  const header = sheet.addRow(columns.map((column) => column.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle' };
  const widths = columns.map((column) => displayWidth(column.header));
  for (const item of rows) {
    const kinds = columns.map((column) => (typeof column.kind === 'function' ? column.kind(item) : (column.kind ?? 'text')));
    const values = columns.map((column, index) => {
      const kind = kinds[index];
      const raw = column.value(item);
      widths[index] = Math.max(widths[index], displayWidth(shown(raw, kind)));
      if (raw === null || raw === undefined || raw === '') return null;
      if ((kind === 'datetime' || kind === 'date') && (raw instanceof Date || typeof raw === 'string')) return chinaWallClock(raw);
      return raw;
    });
    const row = sheet.addRow(values);
    kinds.forEach((kind, index) => {
      const format = FORMATS[kind];
      if (format && values[index] !== null) row.getCell(index + 1).numFmt = format;
    });
  }
  columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width ?? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[index] + 2));
  });
  sheet.views = [{ state: 'frozen', xSplit: 0, ySplit: header.number, topLeftCell: `A${header.number + 1}`, activeCell: `A${header.number + 1}` }];
  if (columns.length > 0) sheet.autoFilter = { from: { row: header.number, column: 1 }, to: { row: header.number, column: columns.length } };
  return sheet;
}
