// Roster and org import (名册导入): an admin's Excel workbook of units and people, checked row by row (a dry run),
// then imported in one transaction.

/** The workbook's two data sheets: 单位 (the unit tree, by parent) and 人员 (people, by phone). */
export type RosterSheet = 'units' | 'users';

/** The columns, by key; the template's headers are their zh-CN names (ROSTER_COLUMN_HEADERS). */
export type RosterColumn = 'unitName' | 'unitCode' | 'parent' | 'kind' | 'name' | 'phone' | 'unit' | 'roles' | 'username';

/** zh-CN headers of the template, in order; the English keys are accepted as headers too. */
export const ROSTER_COLUMN_HEADERS: Record<RosterSheet, Partial<Record<RosterColumn, string>>> = {
  units: { unitName: '单位名称', unitCode: '单位编码', parent: '上级单位', kind: '单位类型' },
  users: { name: '姓名', phone: '手机号', unit: '所属单位', roles: '角色', username: '用户名' },
};

/** The sheets' names in the template (English names are accepted too). */
export const ROSTER_SHEET_NAMES: Record<RosterSheet, string> = { units: '单位', users: '人员' };

export const ROSTER_LIMITS = {
  /** the uploaded .xlsx */
  bytes: { max: 5 * 1024 * 1024 },
  /** data rows per sheet */
  rows: { max: 20_000 },
} as const;

/** Why a row (or the workbook) cannot be imported. */
export type RosterProblemReason =
  /** the file is not an .xlsx workbook */
  | 'not_a_workbook'
  /** neither a 单位 nor a 人员 sheet */
  | 'no_sheets'
  /** a required column's header is missing */
  | 'missing_column'
  | 'too_many_rows'
  /** a required cell is empty */
  | 'missing_value'
  /** longer than the field allows, or holds a line break or control character */
  | 'bad_text'
  | 'bad_phone'
  /** the same phone twice in the sheet */
  | 'duplicate_phone'
  /** the phone belongs to an account outside the admin's scope */
  | 'phone_taken'
  | 'bad_role'
  | 'bad_username'
  /** the username belongs to another account */
  | 'username_taken'
  /** no unit (in the sheet or the tree) by this name or code */
  | 'unknown_unit'
  /** several units by this name: give the code */
  | 'ambiguous_unit'
  /** the unit exists but lies outside the admin's scope */
  | 'unit_out_of_scope'
  | 'bad_kind'
  /** this kind of unit cannot sit under the parent's kind */
  | 'kind_not_allowed'
  | 'bad_code'
  /** the code belongs to another unit */
  | 'code_taken'
  /** the same unit twice in the sheet */
  | 'duplicate_unit'
  /** the code names a unit under another parent: moving units is not done by import */
  | 'unit_moved'
  /** a unit row without a parent that is not an existing top unit */
  | 'missing_parent';

export interface RosterProblem {
  /** null for the workbook as a whole */
  sheet: RosterSheet | null;
  /** the row number as Excel shows it (the header is row 1); 0 for a whole sheet or the workbook */
  row: number;
  column: RosterColumn | null;
  reason: RosterProblemReason;
  /** the cell as read */
  value: string | null;
  /** in English, for API clients; the web says it from `reason` */
  message: string;
}

export interface RosterCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** A new account's one-time password: handed to the person, changed at their first sign-in. */
export interface RosterCredential {
  row: number;
  displayName: string;
  username: string;
  phone: string;
  temporaryPassword: string;
}

/** `POST /api/roster/import?dryRun=…`: what the sheet does (dry run) or did. */
export interface RosterImportResult {
  dryRun: boolean;
  /** data rows read per sheet (example rows, marked 示例, and empty rows not counted) */
  rows: Record<RosterSheet, number>;
  units: RosterCounts;
  users: RosterCounts;
  /** every bad row, by sheet and row; an import with any problem changes nothing (422) */
  problems: RosterProblem[];
  /** after an import only: each new account's one-time password, shown this once */
  credentials: RosterCredential[];
}
