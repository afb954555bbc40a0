// Roster workbooks for integration tests, written with exceljs as a spreadsheet program would, and their upload as a
// browser sends it (multipart, field "file"), held to the OpenAPI document like every other response.
import ExcelJS from 'exceljs';
import type { Api, ApiResponse } from './http';
import { responseValidatorFor } from './http';

export type Cell = string | number | null;

export interface RosterSheets {
  /** rows of the 单位 sheet, the header first; absent: no such sheet */
  units?: Cell[][];
  /** rows of the 人员 sheet, the header first */
  users?: Cell[][];
}

export const UNIT_HEADER = ['单位名称', '单位编码', '上级单位', '单位类型'];
export const USER_HEADER = ['姓名', '手机号', '所属单位', '角色', '用户名'];

export async function rosterWorkbook(sheets: RosterSheets): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const [name, rows] of [
    ['单位', sheets.units],
    ['人员', sheets.users],
  ] as const) {
    if (!rows) continue;
    const worksheet = workbook.addWorksheet(name);
    for (const row of rows) worksheet.addRow(row);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** `POST /api/roster/import?dryRun=…` with the workbook as its file. */
export async function postRoster(api: Api, token: string, bytes: Buffer, options: { dryRun: boolean; filename?: string }): Promise<Pick<ApiResponse, 'status' | 'body'>> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(bytes)], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }), options.filename ?? '名册.xlsx');
  const path = `/api/roster/import?dryRun=${options.dryRun}`;
  const response = await fetch(`${api.baseUrl}${path}`, { method: 'POST', body: form, headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  const body = text ? JSON.parse(text) : undefined;
  const problems =
    (await responseValidatorFor(api.baseUrl))?.problems({ method: 'POST', path, status: response.status, contentType: response.headers.get('content-type'), body }) ?? [];
  if (problems.length) throw new Error(`the response does not match the OpenAPI document:\n${problems.join('\n')}`);
  return { status: response.status, body };
}

/** The sheet's rows back from a downloaded workbook, by sheet name, as text. */
export async function readWorkbook(bytes: Buffer): Promise<Record<string, string[][]>> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const sheets: Record<string, string[][]> = {};
  for (const worksheet of workbook.worksheets) {
    const rows: string[][] = [];
    worksheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)))));
    sheets[worksheet.name] = rows;
  }
  return sheets;
}
