// What a roster sheet does to the unit tree and the accounts, worked out without touching the database: every bad
// row with its reason, and, when there is none, the units and accounts to create or update. Pure: the import
// (roster-import.ts) reads the tree and the accounts it needs first, and writes the plan after.
//
// Units are matched by code, else by name under their parent; people by phone. A row that says what is there already
// changes nothing, so importing the same sheet twice changes nothing the second time.
import { randomUUID } from 'node:crypto';
import { childUnitKinds as childKinds } from '@banshishi/workflow';
import {
  UNIT_LIMITS,
  USERNAME_PATTERN,
  USER_LIMITS,
  type RoleName,
  type RosterColumn,
  type RosterProblem,
  type RosterProblemReason,
  type RosterSheet,
  type UnitKind,
} from '@banshishi/contracts';
import { unusableText } from '../../../common/input/unusable-text';
import { normaliseMainlandMobile } from '../../intake/in-person/requester-phone';

/** A data row as read: each cell trimmed, '' when empty. */
export interface UnitRowInput {
  row: number;
  unitName: string;
  unitCode: string;
  parent: string;
  kind: string;
}

export interface UserRowInput {
  row: number;
  name: string;
  phone: string;
  unit: string;
  roles: string;
  username: string;
}

export interface ExistingUnit {
  id: string;
  parentId: string | null;
  name: string;
  kind: UnitKind;
  code: string | null;
  path: string;
}

export interface ExistingUser {
  id: string;
  username: string;
  displayName: string;
  phone: string;
  grants: { role: RoleName; unitId: string; unitPath: string }[];
}

/** What the plan needs to know of the database. */
export interface RosterSnapshot {
  /** every unit of the deployment (those outside the scope too, to say so) */
  units: ExistingUnit[];
  /** the accounts with a phone of the sheet */
  usersByPhone: ReadonlyMap<string, ExistingUser>;
  /** the usernames of the sheet (given or made from phones) that accounts have, with whose they are */
  usernames: ReadonlyMap<string, string>;
}

export interface PlannedUnit {
  row: number;
  id: string;
  parentId: string;
  name: string;
  kind: UnitKind;
  code: string | null;
  path: string;
}

export interface UnitChange {
  row: number;
  id: string;
  name: string;
  kind: UnitKind;
  code: string | null;
  before: { name: string; kind: UnitKind; code: string | null };
}

export interface Grant {
  role: RoleName;
  unitId: string;
}

export interface PlannedUser {
  row: number;
  username: string;
  displayName: string;
  phone: string;
  grants: Grant[];
}

export interface UserChange {
  row: number;
  id: string;
  displayName: string;
  grants: Grant[];
  before: { displayName: string; grants: Grant[] };
}

export interface RosterPlan {
  problems: RosterProblem[];
  units: { create: PlannedUnit[]; update: UnitChange[]; unchanged: number };
  users: { create: PlannedUser[]; update: UserChange[]; unchanged: number };
}

const KIND_WORDS: Record<string, UnitKind> = {
  district: 'district',
  区总工会: 'district',
  县总工会: 'district',
  区县总工会: 'district',
  town: 'town',
  '镇/街道工会': 'town',
  镇街道工会: 'town',
  镇街工会: 'town',
  镇总工会: 'town',
  镇工会: 'town',
  街道总工会: 'town',
  街道工会: 'town',
  乡镇工会: 'town',
  grassroots: 'grassroots',
  基层工会: 'grassroots',
};

const ROLE_WORDS: Record<string, RoleName> = {
  worker: 'worker',
  职工: 'worker',
  会员: 'worker',
  cadre: 'cadre',
  工会干部: 'cadre',
  干部: 'cadre',
  leader: 'leader',
  领导: 'leader',
  admin: 'admin',
  管理员: 'admin',
  系统管理员: 'admin',
};

const ROLE_ORDER: RoleName[] = ['worker', 'cadre', 'leader', 'admin'];
const UNIT_CODE = /^[A-Za-z0-9_.-]{1,40}$/;

export function parseKind(text: string): UnitKind | null {
  return KIND_WORDS[text.replace(/\s+/g, '').toLowerCase()] ?? KIND_WORDS[text.replace(/\s+/g, '')] ?? null;
}

/** Roles in one cell, separated by 、 , ； / or spaces; null when one of them is no role. */
export function parseRoles(text: string): RoleName[] | null {
  const words = text.split(/[、,，;；/\s]+/).filter(Boolean);
  const roles = new Set<RoleName>();
  for (const word of words) {
    const role = ROLE_WORDS[word.toLowerCase()];
    if (!role) return null;
    roles.add(role);
  }
  return roles.size ? ROLE_ORDER.filter((role) => roles.has(role)) : null;
}

/** One unit, existing or to be created by a row, as the plan sees it. */
interface Node {
  id: string;
  kind: UnitKind;
  path: string;
  inScope: boolean;
  /** the row that creates it; absent for an existing unit */
  row?: number;
}

const MESSAGES: Record<RosterProblemReason, string> = {
  not_a_workbook: 'The file is not an Excel workbook (.xlsx)',
  no_sheets: 'The workbook has neither a 单位 (units) nor a 人员 (users) sheet',
  missing_column: 'A required column is missing from the header row',
  too_many_rows: 'The sheet has more rows than one import takes',
  missing_value: 'This cell must not be empty',
  bad_text: 'This text is too long or holds a line break or control character',
  bad_phone: 'Not a mainland mobile number of 11 digits',
  duplicate_phone: 'This phone appears on an earlier row',
  phone_taken: 'This phone belongs to an account outside your scope',
  bad_role: 'Roles are 职工, 工会干部, 领导 or 管理员 (several separated by 、)',
  bad_username: `Usernames are ${USER_LIMITS.username.min}–${USER_LIMITS.username.max} lower-case letters, digits, dots, dashes or underscores`,
  username_taken: 'This username belongs to another account',
  unknown_unit: 'No unit of this name or code',
  ambiguous_unit: 'Several units have this name: give the unit code',
  unit_out_of_scope: 'This unit lies outside your scope',
  bad_kind: 'Unit types are 区总工会, 镇/街道工会 or 基层工会',
  kind_not_allowed: 'A unit of this type cannot sit under the parent unit',
  bad_code: 'Unit codes are 1–40 letters, digits, dots, dashes or underscores',
  code_taken: 'Another unit has this code',
  duplicate_unit: 'This unit appears on an earlier row',
  unit_moved: 'This code names a unit under another parent: units are not moved by import',
  missing_parent: 'A new unit needs a parent unit',
};

export function rosterProblem(
  sheet: RosterSheet | null,
  row: number,
  column: RosterColumn | null,
  reason: RosterProblemReason,
  value: string | null,
  detail?: string,
): RosterProblem {
  return { sheet, row, column, reason, value, message: detail ? `${MESSAGES[reason]} (${detail})` : MESSAGES[reason] };
}

function textProblem(text: string, limit: { min: number; max: number }): boolean {
  return [...text].length > limit.max || unusableText(text, { singleLine: true }) !== null;
}

function sameGrants(a: readonly Grant[], b: readonly Grant[]): boolean {
  const key = (grants: readonly Grant[]) =>
    grants
      .map((grant) => `${grant.role}@${grant.unitId}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

export function planRoster(units: UnitRowInput[], users: UserRowInput[], snapshot: RosterSnapshot, scopeRoots: readonly string[]): RosterPlan {
  const problems: RosterProblem[] = [];
  const inScope = (path: string) => scopeRoots.some((root) => path.startsWith(root));
  const nodes = new Map<string, Node>(snapshot.units.map((unit) => [unit.id, { id: unit.id, kind: unit.kind, path: unit.path, inScope: inScope(unit.path) }]));
  const existingById = new Map(snapshot.units.map((unit) => [unit.id, unit]));
  const byCode = new Map(snapshot.units.filter((unit) => unit.code).map((unit) => [unit.code as string, unit]));
  const byName = new Map<string, ExistingUnit[]>();
  for (const unit of snapshot.units) byName.set(unit.name, [...(byName.get(unit.name) ?? []), unit]);
  const childByName = new Map(snapshot.units.map((unit) => [`${unit.parentId}/${unit.name}`, unit]));

  const plan: RosterPlan = { problems, units: { create: [], update: [], unchanged: 0 }, users: { create: [], update: [], unchanged: 0 } };

  // --- units: first each row's own cells, then the tree, in passes (a row may name as parent a unit a later row creates)
  type UnitWork = UnitRowInput & { kindWanted: UnitKind | null; code: string | null };
  const pending: UnitWork[] = [];
  const sheetCodes = new Map<string, number>();
  for (const input of units) {
    const bad = (column: RosterColumn, reason: RosterProblemReason, value: string, detail?: string) =>
      problems.push(rosterProblem('units', input.row, column, reason, value, detail));
    const before = problems.length;
    if (!input.unitName) bad('unitName', 'missing_value', '');
    else if (textProblem(input.unitName, UNIT_LIMITS.name)) bad('unitName', 'bad_text', input.unitName, `at most ${UNIT_LIMITS.name.max} characters, one line`);
    const kindWanted = input.kind ? parseKind(input.kind) : null;
    if (input.kind && !kindWanted) bad('kind', 'bad_kind', input.kind);
    if (input.unitCode && !UNIT_CODE.test(input.unitCode)) bad('unitCode', 'bad_code', input.unitCode);
    else if (input.unitCode && sheetCodes.has(input.unitCode)) bad('unitCode', 'duplicate_unit', input.unitCode, `row ${sheetCodes.get(input.unitCode)}`);
    if (input.unitCode && !sheetCodes.has(input.unitCode)) sheetCodes.set(input.unitCode, input.row);
    if (problems.length === before) pending.push({ ...input, kindWanted, code: input.unitCode || null });
  }

  // Units the sheet creates (by code and name) or gives a code, as they are placed.
  const newByCode = new Map<string, Node>();
  const newByName = new Map<string, Node[]>();
  const claimed = new Map<string, number>(); // `${parentId}/${name}` → row, for rows that found or made their unit
  type Found = { node: Node } | { reason: RosterProblemReason; detail?: string } | 'wait';
  /** A unit named in a cell: a code first, else a name (in scope first); 'wait' while a row that may create it is not placed. */
  const findUnit = (reference: string, self?: number): Found => {
    const existing = byCode.get(reference);
    if (existing) return { node: nodes.get(existing.id) as Node };
    const created = newByCode.get(reference);
    if (created) return { node: created };
    if (self !== undefined && pending.some((work) => work.code === reference && work.row !== self)) return 'wait';
    const candidates = [...(byName.get(reference) ?? []).map((unit) => nodes.get(unit.id) as Node), ...(newByName.get(reference) ?? [])];
    if (self !== undefined && pending.some((work) => work.unitName === reference && work.row !== self)) return 'wait';
    const visible = candidates.filter((node) => node.inScope);
    if (visible.length === 1) return { node: visible[0] };
    if (visible.length > 1) return { reason: 'ambiguous_unit', detail: `${visible.length} units` };
    if (candidates.length > 0) return { reason: 'unit_out_of_scope' };
    return { reason: 'unknown_unit' };
  };

  let progress = true;
  while (pending.length && progress) {
    progress = false;
    for (const work of [...pending]) {
      const bad = (column: RosterColumn, reason: RosterProblemReason, value: string, detail?: string) =>
        problems.push(rosterProblem('units', work.row, column, reason, value, detail));
      const done = () => {
        pending.splice(pending.indexOf(work), 1);
        progress = true;
      };
      const byOwnCode = work.code ? byCode.get(work.code) : undefined;
      let parent: Node | null = null;
      if (work.parent) {
        const found = findUnit(work.parent, work.row);
        if (found === 'wait') continue;
        if ('reason' in found) {
          bad('parent', found.reason, work.parent, found.detail);
          done();
          continue;
        }
        parent = found.node;
      } else if (byOwnCode) {
        parent = byOwnCode.parentId ? (nodes.get(byOwnCode.parentId) as Node) : null;
      } else {
        // No parent: only a top unit that is there already (the district itself).
        const top = (byName.get(work.unitName) ?? []).filter((unit) => unit.parentId === null);
        if (top.length !== 1) {
          bad('parent', 'missing_parent', '');
          done();
          continue;
        }
        parent = null;
      }
      if (parent && !parent.inScope) {
        bad('parent', 'unit_out_of_scope', work.parent);
        done();
        continue;
      }

      // The unit itself: by its code, else by its name under the parent.
      const parentId = parent?.id ?? null;
      const byOwnName = parent?.row === undefined ? childByName.get(`${parentId}/${work.unitName}`) : undefined;
      if (byOwnCode && byOwnName && byOwnCode.id !== byOwnName.id) {
        bad('unitCode', 'code_taken', work.code as string);
        done();
        continue;
      }
      const target = byOwnCode ?? byOwnName;
      if (target && !nodes.get(target.id)?.inScope) {
        bad(byOwnCode ? 'unitCode' : 'unitName', 'unit_out_of_scope', byOwnCode ? (work.code as string) : work.unitName);
        done();
        continue;
      }
      if (target && work.parent && target.parentId !== parentId) {
        bad('parent', 'unit_moved', work.parent);
        done();
        continue;
      }
      const place = `${target?.parentId ?? parentId}/${work.unitName}`;
      if (claimed.has(place)) {
        bad('unitName', 'duplicate_unit', work.unitName, `row ${claimed.get(place)}`);
        done();
        continue;
      }
      const parentKind = target ? (target.parentId ? existingById.get(target.parentId)?.kind : null) : (parent?.kind ?? null);
      const kind = work.kindWanted ?? target?.kind ?? (parentKind ? childKinds(parentKind)[0] : undefined);
      if (!kind || (parentKind && !childKinds(parentKind).includes(kind)) || (!parentKind && kind !== 'district')) {
        bad('kind', 'kind_not_allowed', work.kind || (parentKind ?? ''), parentKind ? `under a ${parentKind} unit` : undefined);
        done();
        continue;
      }
      if (target) {
        // A sibling has the new name already (a rename onto another unit's name).
        const sibling = childByName.get(`${target.parentId}/${work.unitName}`);
        if (sibling && sibling.id !== target.id) {
          bad('unitName', 'duplicate_unit', work.unitName, 'a sibling unit has this name');
          done();
          continue;
        }
        const children = snapshot.units.filter((unit) => unit.parentId === target.id);
        if (kind !== target.kind && children.some((child) => !childKinds(kind).includes(child.kind))) {
          bad('kind', 'kind_not_allowed', work.kind, 'its own units could not stay under it');
          done();
          continue;
        }
        const code = work.code ?? target.code;
        // Other rows may name it by the code this row gives it.
        if (work.code) newByCode.set(work.code, nodes.get(target.id) as Node);
        claimed.set(place, work.row);
        if (target.name === work.unitName && target.kind === kind && target.code === code) plan.units.unchanged++;
        else plan.units.update.push({ row: work.row, id: target.id, name: work.unitName, kind, code, before: { name: target.name, kind: target.kind, code: target.code } });
        done();
        continue;
      }

      if (!parent) {
        bad('parent', 'missing_parent', '');
        done();
        continue;
      }
      const id = randomUUID();
      const node: Node = { id, kind, path: `${parent.path}${id}/`, inScope: true, row: work.row };
      nodes.set(id, node);
      if (work.code) newByCode.set(work.code, node);
      newByName.set(work.unitName, [...(newByName.get(work.unitName) ?? []), node]);
      claimed.set(place, work.row);
      plan.units.create.push({ row: work.row, id, parentId: parent.id, name: work.unitName, kind, code: work.code, path: node.path });
      done();
    }
  }
  // Rows still waiting name each other as parents (a loop), or a parent no row creates.
  for (const work of pending) problems.push(rosterProblem('units', work.row, 'parent', 'unknown_unit', work.parent, 'the parent rows name each other'));

  // --- people
  const phones = new Map<string, number>();
  const usernames = new Map<string, number>();
  const badUnitRows = new Set(problems.filter((problem) => problem.sheet === 'units').map((problem) => problem.row));
  const badUnitNames = new Set(units.filter((row) => badUnitRows.has(row.row)).flatMap((row) => [row.unitName, row.unitCode].filter(Boolean)));
  for (const input of users) {
    const bad = (column: RosterColumn, reason: RosterProblemReason, value: string, detail?: string) =>
      problems.push(rosterProblem('users', input.row, column, reason, value, detail));
    const before = problems.length;
    if (!input.name) bad('name', 'missing_value', '');
    else if (textProblem(input.name, USER_LIMITS.displayName)) bad('name', 'bad_text', input.name, `at most ${USER_LIMITS.displayName.max} characters, one line`);

    const phone = input.phone ? normaliseMainlandMobile(input.phone) : null;
    const repeated = phone !== null && phones.has(phone);
    if (!input.phone) bad('phone', 'missing_value', '');
    else if (!phone) bad('phone', 'bad_phone', input.phone);
    else if (repeated) bad('phone', 'duplicate_phone', input.phone, `row ${phones.get(phone)}`);
    else phones.set(phone, input.row);

    const roles = input.roles ? parseRoles(input.roles) : null;
    if (!input.roles) bad('roles', 'missing_value', '');
    else if (!roles) bad('roles', 'bad_role', input.roles);

    let unit: Node | null = null;
    if (!input.unit) bad('unit', 'missing_value', '');
    else {
      const found = findUnit(input.unit);
      // A unit whose own row on the 单位 sheet is bad is unknown here; that row says why.
      if (found !== 'wait' && 'node' in found) unit = found.node;
      else if (found !== 'wait' && !(found.reason === 'unknown_unit' && badUnitNames.has(input.unit))) bad('unit', found.reason, input.unit, found.detail);
      else bad('unit', 'unknown_unit', input.unit, 'see its row on the 单位 sheet');
    }

    const existing = phone ? snapshot.usersByPhone.get(phone) : undefined;
    if (existing && !(existing.grants.length ? existing.grants.every((grant) => inScope(grant.unitPath)) : scopeRoots.length > 0)) bad('phone', 'phone_taken', input.phone);

    let username = '';
    // A repeated phone is said once, not again as its username.
    if (!existing && !(repeated && !input.username)) {
      username = (input.username || phone || '').toLowerCase();
      if (input.username && !USERNAME_PATTERN.test(username)) bad('username', 'bad_username', input.username);
      else if (username && snapshot.usernames.has(username)) bad('username', 'username_taken', input.username || username);
      else if (username && usernames.has(username)) bad('username', 'username_taken', input.username || username, `row ${usernames.get(username)}`);
      if (username) usernames.set(username, input.row);
    }
    if (problems.length !== before || !phone || !roles || !unit) continue;

    const grants = roles.map((role) => ({ role, unitId: unit.id }));
    if (existing) {
      const current = existing.grants.map(({ role, unitId }) => ({ role, unitId }));
      if (existing.displayName === input.name && sameGrants(current, grants)) plan.users.unchanged++;
      else plan.users.update.push({ row: input.row, id: existing.id, displayName: input.name, grants, before: { displayName: existing.displayName, grants: current } });
    } else {
      plan.users.create.push({ row: input.row, username, displayName: input.name, phone, grants });
    }
  }
  problems.sort((a, b) => (a.sheet === b.sheet ? a.row - b.row : a.sheet === 'units' ? -1 : 1));
  return plan;
}
