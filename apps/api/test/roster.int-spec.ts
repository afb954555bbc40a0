// Roster and org import (issue 15, B2): the template, a dry run that names every bad row and why, an import that is
// all or nothing, idempotent and audited, changed rows that update, and the admin's scope.
import { DataSource } from 'typeorm';
import { bodyOf } from './support/http';
import { postRoster, readWorkbook, rosterWorkbook, UNIT_HEADER, USER_HEADER, type Cell } from './support/roster';
import { newUser, signIn, testWorld, tokenOf, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

describe('roster import (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;

  /** Rows of every table the import writes, and their versions: equal before and after means nothing changed. */
  async function state() {
    const [units, users, grants] = await Promise.all([
      db.query(`SELECT id, parent_id, name, kind, code, version FROM org_unit ORDER BY id`),
      db.query(`SELECT id, username, display_name, phone, password_hash, must_change_password, version FROM app_user ORDER BY id`),
      db.query(`SELECT user_id, unit_id, role FROM role_grant ORDER BY user_id, unit_id, role`),
    ]);
    return { units, users, grants };
  }

  const audits = async () => (await t.request('GET', '/api/audit?action=roster.import&limit=50', { token: tokenOf(w, 'admin') })).body.items;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('serves a template with zh-CN headers and an example row, which imports nothing', async () => {
    const res = await fetch(`${t.baseUrl}/api/roster/template.xlsx`, { headers: { authorization: `Bearer ${tokenOf(w, 'admin')}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toContain(encodeURIComponent('名册导入模板.xlsx'));
    const bytes = Buffer.from(await res.arrayBuffer());
    const sheets = await readWorkbook(bytes);
    expect(Object.keys(sheets)).toEqual(['单位', '人员', '填写说明']);
    expect(sheets['单位'][0]).toEqual(UNIT_HEADER);
    expect(sheets['人员'][0]).toEqual(USER_HEADER);
    expect(sheets['人员'][1][0]).toMatch(/^示例/);

    const dry = await postRoster(t, tokenOf(w, 'admin'), bytes, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body).toEqual({
      dryRun: true,
      rows: { units: 0, users: 0 },
      units: { created: 0, updated: 0, unchanged: 0 },
      users: { created: 0, updated: 0, unchanged: 0 },
      problems: [],
      credentials: [],
    });

    expect((await t.request('GET', '/api/roster/template.xlsx', { token: tokenOf(w, 'cadre') })).status).toBe(403);
  });

  it('lists every bad row with its row number and reason in a dry run, and changes nothing', async () => {
    // An account the district admin cannot manage: it holds a grant over a unit outside the scope of a town admin.
    const townAdmin = await newUser(w, { username: 'admin.binjiang', role: 'admin', unit: '滨江街道总工会' });
    const outsider = await newUser(w, { username: 'outsider', role: 'worker', unit: '临港纺织集团工会' });
    bodyOf(await t.request('PATCH', `/api/users/${outsider.id}`, { token: tokenOf(w, 'admin'), body: { phone: '13700000099' } }), 200);

    const bytes = await rosterWorkbook({
      units: [
        UNIT_HEADER,
        ['滨江创业园工会', 'BJ-CY', '滨江街道总工会', '基层工会'], // row 2: fine
        ['临港新区工会', null, '临港镇总工会', null], // row 3: parent outside the scope
        ['无名上级工会', null, '不存在的街道', null], // row 4: unknown parent
        [null, null, '滨江街道总工会', null], // row 5: missing name
        ['车间工会', null, '滨江街道总工会', '车间'], // row 6: bad kind
      ],
      users: [
        USER_HEADER,
        ['刘一', '13700000001', '滨江创业园工会', '职工', null], // row 2: fine (a unit of this sheet)
        ['陈二', '13700000002', '不存在的工会', '职工', null], // row 3: unknown unit
        ['张三', '13700000003', '江海精密机械有限公司工会', '职工', null], // row 4: fine
        ['张三弟', 13700000003, '江海精密机械有限公司工会', '职工', null], // row 5: duplicate phone in the sheet (typed as a number)
        ['李四', '13700000004', '江海精密机械有限公司工会', '会长', null], // row 6: bad role
        [null, '13700000005', '江海精密机械有限公司工会', '职工', null], // row 7: missing name
        ['王五', '13700000006', '临港纺织集团工会', '职工', null], // row 8: unit outside the scope
        ['赵六', '1370000', '江海精密机械有限公司工会', '职工', null], // row 9: bad phone
        ['孙七', '13700000099', '江海精密机械有限公司工会', '职工', null], // row 10: phone of an account outside the scope
        ['周八', '13700000008', '江海精密机械有限公司工会', '职工', 'cadre'], // row 11: username taken
        ['吴九', '13700000009', '江海精密机械有限公司工会', '职工', '吴九'], // row 12: bad username
      ],
    });
    const before = await state();
    const dry = await postRoster(t, townAdmin.token, bytes, { dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.body.problems.map((p: { sheet: string; row: number; column: string; reason: string }) => [p.sheet, p.row, p.column, p.reason])).toEqual([
      ['units', 3, 'parent', 'unit_out_of_scope'],
      ['units', 4, 'parent', 'unknown_unit'],
      ['units', 5, 'unitName', 'missing_value'],
      ['units', 6, 'kind', 'bad_kind'],
      ['users', 3, 'unit', 'unknown_unit'],
      ['users', 5, 'phone', 'duplicate_phone'],
      ['users', 6, 'roles', 'bad_role'],
      ['users', 7, 'name', 'missing_value'],
      ['users', 8, 'unit', 'unit_out_of_scope'],
      ['users', 9, 'phone', 'bad_phone'],
      ['users', 10, 'phone', 'phone_taken'],
      ['users', 11, 'username', 'username_taken'],
      ['users', 12, 'username', 'bad_username'],
    ]);
    expect(dry.body.problems[5]).toMatchObject({ value: '13700000003', message: 'This phone appears on an earlier row (row 4)' });
    expect(dry.body).toMatchObject({ rows: { units: 5, users: 11 }, units: { created: 1 }, users: { created: 2 } });

    // The import of the same sheet is refused whole: 422, nothing written, nothing audited.
    const auditsBefore = (await audits()).length;
    const refused = await postRoster(t, townAdmin.token, bytes, { dryRun: false });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('UNPROCESSABLE');
    expect(refused.body.errors).toContainEqual({ field: 'users.5.phone', message: 'This phone appears on an earlier row (row 4)' });
    expect(await state()).toEqual(before);
    expect((await audits()).length).toBe(auditsBefore);
  });

  it('names what is wrong with the file itself', async () => {
    const admin = tokenOf(w, 'admin');
    const notXlsx = await postRoster(t, admin, Buffer.from('姓名,手机号\n张三,13800000000\n'), { dryRun: true, filename: 'roster.csv' });
    expect(notXlsx.body.problems).toEqual([expect.objectContaining({ sheet: null, row: 0, reason: 'not_a_workbook' })]);
    const noSheets = await postRoster(t, admin, await rosterWorkbook({}), { dryRun: true });
    expect(noSheets.body.problems).toEqual([expect.objectContaining({ sheet: null, reason: 'no_sheets' })]);
    const noColumn = await postRoster(
      t,
      admin,
      await rosterWorkbook({
        users: [
          ['姓名', '所属单位', '角色'],
          ['张三', '江海精密机械有限公司工会', '职工'],
        ],
      }),
      { dryRun: true },
    );
    expect(noColumn.body.problems).toEqual([expect.objectContaining({ sheet: 'users', row: 1, column: 'phone', reason: 'missing_column', value: '手机号' })]);

    const tooLarge = await postRoster(t, admin, Buffer.alloc(5 * 1024 * 1024 + 1, 1), { dryRun: true });
    expect(tooLarge.status).toBe(413);
    const json = await t.request('POST', '/api/roster/import?dryRun=true', { token: admin, body: { users: [] } });
    expect(json.status).toBe(400);
    expect(json.body.errors[0].field).toBe('file');
    const badFlag = await postRoster(t, admin, await rosterWorkbook({ users: [USER_HEADER] }), { dryRun: 'maybe' as unknown as boolean });
    expect(badFlag.status).toBe(400);
  });

  describe('an import', () => {
    const sheet = (overrides: { users?: Cell[][]; units?: Cell[][] } = {}) =>
      rosterWorkbook({
        units: [UNIT_HEADER, ['滨江港务集团工会', 'BJ-GW', '滨江街道总工会', null], ['临港码头联合工会', 'LG-MT', '临港镇总工会', '基层工会'], ...(overrides.units ?? [])],
        users: [
          USER_HEADER,
          ['钱一', '139 0001 0001', 'LG-MT', '职工', null],
          ['钱二', '13900010002', 'BJ-GW', '工会干部、领导', 'qian.er'],
          ['钱三', '+86 13900010003', '江海精密机械有限公司工会', '职工', null],
          ...(overrides.users ?? []),
        ],
      });

    it('creates the units and people in one go, gives each new person a one-time password, and audits it once', async () => {
      const admin = tokenOf(w, 'admin');
      const result = await postRoster(t, admin, await sheet(), { dryRun: false });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ dryRun: false, problems: [], units: { created: 2, updated: 0, unchanged: 0 }, users: { created: 3, updated: 0, unchanged: 0 } });
      expect(result.body.credentials.map((c: { row: number; username: string; phone: string }) => [c.row, c.username, c.phone])).toEqual([
        [2, '13900010001', '13900010001'],
        [3, 'qian.er', '13900010002'],
        [4, '13900010003', '13900010003'],
      ]);

      const [entry] = await audits();
      expect(entry).toMatchObject({ action: 'roster.import', actorName: '系统管理员', after: { units: { created: 2 }, users: { created: 3 } } });

      // A new person signs in with the phone and the one-time password, and must change it first.
      const first = result.body.credentials[0];
      const signedIn = await t.request('POST', '/api/auth/login', { body: { username: first.phone, password: first.temporaryPassword } });
      expect(signedIn.status).toBe(200);
      expect(signedIn.body.user).toMatchObject({ displayName: '钱一', mustChangePassword: true, roles: [{ role: 'worker', unitName: '临港码头联合工会' }] });
      const units = await t.request('GET', '/api/units', { token: admin });
      expect(JSON.stringify(units.body)).toContain('"code":"BJ-GW"');
    });

    it('changes nothing when the same sheet is imported again (second run: 0 changes)', async () => {
      const admin = tokenOf(w, 'admin');
      const before = await state();
      const again = await postRoster(t, admin, await sheet(), { dryRun: false });
      expect(again.status).toBe(200);
      expect(again.body).toMatchObject({ units: { created: 0, updated: 0, unchanged: 2 }, users: { created: 0, updated: 0, unchanged: 3 }, credentials: [] });
      expect(await state()).toEqual(before);
      expect((await audits())[0].after).toMatchObject({ units: { created: 0, updated: 0 }, users: { created: 0, updated: 0 } });
    });

    it('updates what a changed row says: a renamed unit (by code), a new name, unit or role', async () => {
      const admin = tokenOf(w, 'admin');
      const changed = await rosterWorkbook({
        units: [UNIT_HEADER, ['滨江港务集团有限公司工会', 'BJ-GW', '滨江街道总工会', null], ['临港码头联合工会', 'LG-MT', '临港镇总工会', '基层工会']],
        users: [
          USER_HEADER,
          ['钱一', '13900010001', '临港码头联合工会', '职工', null],
          ['钱二', '13900010002', 'BJ-GW', '工会干部', 'qian.er'],
          ['钱叁', '13900010003', '滨江物流园联合工会', '职工', null],
        ],
      });
      const dry = await postRoster(t, admin, changed, { dryRun: true });
      expect(dry.body).toMatchObject({ units: { created: 0, updated: 1, unchanged: 1 }, users: { created: 0, updated: 2, unchanged: 1 }, problems: [] });
      const result = await postRoster(t, admin, changed, { dryRun: false });
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ units: { updated: 1 }, users: { updated: 2 }, credentials: [] });

      const users = (await t.request('GET', '/api/users', { token: admin })).body as { phone: string; displayName: string; roles: { role: string; unitName: string }[] }[];
      const byPhone = new Map(users.map((user) => [user.phone, user]));
      expect(byPhone.get('13900010002')?.roles).toEqual([{ role: 'cadre', unitId: expect.any(String), unitName: '滨江港务集团有限公司工会' }]);
      expect(byPhone.get('13900010003')).toMatchObject({ displayName: '钱叁', roles: [{ role: 'worker', unitName: '滨江物流园联合工会' }] });

      // And the changed sheet, imported again, changes nothing.
      const before = await state();
      expect((await postRoster(t, admin, changed, { dryRun: false })).body).toMatchObject({ units: { updated: 0, created: 0 }, users: { updated: 0, created: 0 } });
      expect(await state()).toEqual(before);
    });

    it('keeps a town admin to their own subtree, and leaves accounts they cannot manage alone', async () => {
      const townAdmin = await signIn(t, 'admin.binjiang');
      const other = await rosterWorkbook({
        units: [UNIT_HEADER, ['临港码头工会', null, '临港镇总工会', null]],
        users: [USER_HEADER, ['陈涛', '13700000099', '滨江物流园联合工会', '职工', null]],
      });
      const dry = await postRoster(t, townAdmin.token, other, { dryRun: true });
      expect(dry.body.problems.map((p: { reason: string }) => p.reason)).toEqual(['unit_out_of_scope', 'phone_taken']);
      const before = await state();
      expect((await postRoster(t, townAdmin.token, other, { dryRun: false })).status).toBe(422);
      expect(await state()).toEqual(before);
      // Not an admin at all: 403.
      expect((await postRoster(t, tokenOf(w, 'cadre'), other, { dryRun: true })).status).toBe(403);
    });
  });
});
