// The roster workbook (exceljs): the template an admin downloads (a 单位 and a 人员 sheet with zh-CN headers and an
// example row, and a sheet of instructions), and reading a filled-in one back into rows.
import { ROSTER_COLUMN_HEADERS, ROSTER_LIMITS, ROSTER_SHEET_NAMES, type RosterColumn, type RosterProblem, type RosterSheet } from '@banshishi/contracts';
import ExcelJS from 'exceljs';
import { rosterProblem, type UnitRowInput, type UserRowInput } from './roster-plan';

/** A row whose name cell starts with this is an example: never imported. */
export const EXAMPLE_MARK = '示例';

export interface RosterRows {
  units: UnitRowInput[];
  users: UserRowInput[];
  /** of the workbook and its sheets (a missing column, too many rows); rows are checked by the plan */
  problems: RosterProblem[];
}

const REQUIRED: Record<RosterSheet, RosterColumn[]> = {
  units: ['unitName', 'parent'],
  users: ['name', 'phone', 'unit', 'roles'],
};

const NAME_COLUMN: Record<RosterSheet, RosterColumn> = { units: 'unitName', users: 'name' };

const SHEET_ALIASES: Record<RosterSheet, string[]> = {
  units: [ROSTER_SHEET_NAMES.units, 'units', '组织', '组织单位'],
  users: [ROSTER_SHEET_NAMES.users, 'users', '用户', '名册'],
};

/** A cell as text: rich text joined, a formula's result, a number's digits (a phone typed as a number); trimmed. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isInteger(value) ? value.toFixed(0) : String(value);
  if (typeof value === 'boolean') return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if ('richText' in value)
    return value.richText
      .map((part) => part.text)
      .join('')
      .trim();
  if ('result' in value) return cellText((value.result ?? null) as ExcelJS.CellValue);
  if ('text' in value) return cellText(value.text as ExcelJS.CellValue);
  return '';
}

function findSheet(workbook: ExcelJS.Workbook, sheet: RosterSheet): ExcelJS.Worksheet | undefined {
  const names = SHEET_ALIASES[sheet].map((name) => name.toLowerCase());
  return workbook.worksheets.find((worksheet) => names.includes(worksheet.name.trim().toLowerCase()));
}

/** Which column holds which field, by its header (the zh-CN name or the English key). */
function headerColumns(worksheet: ExcelJS.Worksheet, sheet: RosterSheet): Map<RosterColumn, number> {
  const headers = ROSTER_COLUMN_HEADERS[sheet];
  const byHeader = new Map<string, RosterColumn>();
  for (const [key, zh] of Object.entries(headers) as [RosterColumn, string][]) {
    byHeader.set(zh, key);
    byHeader.set(key.toLowerCase(), key);
  }
  const columns = new Map<RosterColumn, number>();
  worksheet.getRow(1).eachCell((cell, column) => {
    // "手机号（必填）" and "手机号*" name the same column.
    const text = cellText(cell.value)
      .replace(/[（(].*[)）]|\*/g, '')
      .trim();
    const key = byHeader.get(text) ?? byHeader.get(text.toLowerCase());
    if (key && !columns.has(key)) columns.set(key, column);
  });
  return columns;
}

function readSheet<T>(worksheet: ExcelJS.Worksheet, sheet: RosterSheet, problems: RosterProblem[]): T[] {
  const columns = headerColumns(worksheet, sheet);
  const missing = REQUIRED[sheet].filter((column) => !columns.has(column));
  for (const column of missing) problems.push(rosterProblem(sheet, 1, column, 'missing_column', ROSTER_COLUMN_HEADERS[sheet][column] ?? column));
  if (missing.length) return [];
  const rows: T[] = [];
  for (let number = 2; number <= worksheet.rowCount; number++) {
    const row = worksheet.getRow(number);
    if (!row.hasValues) continue;
    const cells: Record<string, string | number> = { row: number };
    for (const key of Object.keys(ROSTER_COLUMN_HEADERS[sheet]) as RosterColumn[]) {
      const column = columns.get(key);
      cells[key] = column ? cellText(row.getCell(column).value) : '';
    }
    if (Object.entries(cells).every(([key, value]) => key === 'row' || value === '')) continue;
    if (String(cells[NAME_COLUMN[sheet]]).startsWith(EXAMPLE_MARK)) continue;
    rows.push(cells as T);
    if (rows.length > ROSTER_LIMITS.rows.max) {
      problems.push(rosterProblem(sheet, 0, null, 'too_many_rows', null, `at most ${ROSTER_LIMITS.rows.max} rows`));
      return [];
    }
  }
  return rows;
}

export async function readRosterWorkbook(bytes: Buffer): Promise<RosterRows> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return { units: [], users: [], problems: [rosterProblem(null, 0, null, 'not_a_workbook', null)] };
  }
  const problems: RosterProblem[] = [];
  const unitsSheet = findSheet(workbook, 'units');
  const usersSheet = findSheet(workbook, 'users');
  if (!unitsSheet && !usersSheet) return { units: [], users: [], problems: [rosterProblem(null, 0, null, 'no_sheets', null)] };
  const units = unitsSheet ? readSheet<UnitRowInput>(unitsSheet, 'units', problems) : [];
  const users = usersSheet ? readSheet<UserRowInput>(usersSheet, 'users', problems) : [];
  return { units, users, problems };
}

export interface RosterContent {
  units: Omit<UnitRowInput, 'row'>[];
  users: Omit<UserRowInput, 'row'>[];
}

const WIDTHS: Partial<Record<RosterColumn, number>> = { unitName: 32, unitCode: 16, parent: 32, kind: 14, name: 14, phone: 16, unit: 32, roles: 18, username: 18 };

const EXAMPLE: RosterContent = {
  units: [{ unitName: `${EXAMPLE_MARK}：江海某某科技有限公司工会`, unitCode: 'JH-0001', parent: '滨江街道总工会', kind: '基层工会' }],
  users: [{ name: `${EXAMPLE_MARK}：张三`, phone: '13800138000', unit: '江海某某科技有限公司工会', roles: '职工', username: '' }],
};

const INSTRUCTIONS: [string, string][] = [
  ['名册导入说明', ''],
  ['以“示例”开头的行不会导入，可以删除。', ''],
  ['单位表', ''],
  ['单位名称', '必填，不超过 100 字。'],
  ['单位编码', '选填，字母、数字、点、短横线或下划线，最多 40 位（如单位编码或统一社会信用代码）；填写后按编码识别单位。'],
  ['上级单位', '必填（顶级单位除外）：已有单位或本表中单位的名称或编码；重名时请填编码。'],
  ['单位类型', '选填：区总工会、镇/街道工会或基层工会；不填时按上级单位推定。'],
  ['人员表', ''],
  ['姓名', '必填，不超过 60 字。'],
  ['手机号', '必填，11 位大陆手机号，每人一个，按手机号识别人员（已有账户则更新）。'],
  ['所属单位', '必填：单位名称或编码。'],
  ['角色', '必填：职工、工会干部、领导或管理员；多个角色用“、”分隔。导入后，该人员的角色即为本行所填。'],
  ['用户名', '选填，仅用于新账户：小写字母、数字、点、短横线或下划线；不填则以手机号为用户名。'],
  ['新账户', '导入后显示每个新账户的一次性密码（仅显示一次，可下载），首次登录须修改密码。'],
  ['同一份名册重复导入不会产生任何变化；改动的行会更新对应单位或人员；名册中没有的人员不受影响。', ''],
];

function addSheet(workbook: ExcelJS.Workbook, sheet: RosterSheet, rows: Record<string, string>[]): void {
  const headers = ROSTER_COLUMN_HEADERS[sheet];
  const keys = Object.keys(headers) as RosterColumn[];
  const worksheet = workbook.addWorksheet(ROSTER_SHEET_NAMES[sheet], { views: [{ state: 'frozen', ySplit: 1 }] });
  worksheet.columns = keys.map((key) => ({
    header: headers[key],
    key,
    width: WIDTHS[key] ?? 16,
    // Phones and codes as text, so Excel keeps every digit (no 1.38E+10).
    style: key === 'phone' || key === 'unitCode' || key === 'username' ? { numFmt: '@' } : {},
  }));
  worksheet.getRow(1).font = { bold: true };
  for (const row of rows) worksheet.addRow(Object.fromEntries(keys.map((key) => [key, row[key] ?? ''])));
}

/** A roster workbook holding `content` (the template: the example rows). */
export async function writeRosterWorkbook(content: RosterContent = EXAMPLE, withInstructions = true): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'banshishi';
  addSheet(workbook, 'units', content.units as unknown as Record<string, string>[]);
  addSheet(workbook, 'users', content.users as unknown as Record<string, string>[]);
  if (withInstructions) {
    const help = workbook.addWorksheet('填写说明');
    help.columns = [{ width: 24 }, { width: 90 }];
    for (const line of INSTRUCTIONS) help.addRow(line);
    help.getRow(1).font = { bold: true, size: 14 };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
