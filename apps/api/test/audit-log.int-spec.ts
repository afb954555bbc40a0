// The audit log as an office reads it (issue 15, defect 7): who by name, what in words (the action's code has a label
// in both languages), on which object by its name or code, when; filtered by person, action, object and days; and
// exported to Excel with the same filters. Real HTTP on real PostgreSQL; the entries come from real actions.
import type { AuditEntry } from '@banshishi/contracts';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_TYPE_LABELS, chinaDayNumber, formatIsoDay, isAuditAction, isAuditEntityType } from '@banshishi/workflow';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { submit } from './support/factories';
import { category, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('the audit log in words, filtered and exported (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  let requestCode: string;
  let requestId: string;
  const today = formatIsoDay(chinaDayNumber(Date.now()));
  const names: Record<string, string> = {};

  const get = (path: string, who = 'admin') => t.request('GET', path, { token: w.tokens[who] });
  const entries = async (query = ''): Promise<AuditEntry[]> => {
    const res = await get(`/api/audit?limit=200${query ? `&${query}` : ''}`);
    expect(res.status).toBe(200);
    return res.body.items;
  };

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    w = await testWorld(t); // every demo person signs in: auth.login × 5
    for (const row of await db.query(`SELECT username, display_name FROM app_user`)) names[row.username] = row.display_name;
    // the admin changes a category (category.update); a failed sign-in under an unknown name; a worker knocks on the log
    const arrears = category(w, 'wage_arrears');
    const changed = await t.request('PATCH', `/api/categories/${arrears.id}`, { token: w.tokens.admin, body: { version: arrears.version, responseDays: 1, resolutionDays: 10 } });
    expect(changed.status).toBe(200);
    expect((await t.request('POST', '/api/auth/login', { body: { username: 'nobody-here', password: 'wrong-password-1' } })).status).toBe(401);
    expect((await get('/api/audit', 'worker')).status).toBe(403);
    // the cadre excludes a request as 不合理诉求 (request.exclusion.set)
    const created = await submit(w, 'worker', { title: '邻居装修太吵', description: '楼上邻居天天装修，希望工会出面。' });
    requestId = created.id;
    requestCode = created.code;
    expect((await t.request('POST', `/api/requests/${requestId}/exclusion`, { token: w.tokens.cadre, body: { reason: '邻里纠纷不属于工会职责' } })).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('says who by name, the object by its name or code, and every action and kind of object has words in both languages', async () => {
    const all = await entries();
    for (const entry of all) {
      expect({ action: entry.action, labelled: isAuditAction(entry.action) }).toEqual({ action: entry.action, labelled: true });
      expect({ entityType: entry.entityType, labelled: isAuditEntityType(entry.entityType) }).toEqual({ entityType: entry.entityType, labelled: true });
    }
    const categoryChange = all.find((entry) => entry.action === 'category.update');
    expect(categoryChange).toMatchObject({
      actorName: names.admin,
      actorUsername: 'admin',
      entityType: 'category',
      entityName: '欠薪讨薪',
      entityNameEn: category(w, 'wage_arrears').nameEn,
    });
    const exclusion = all.find((entry) => entry.action === 'request.exclusion.set');
    expect(exclusion).toMatchObject({ actorName: names.cadre, entityType: 'request', entityId: requestId, entityName: requestCode });
    const leaderLogin = all.find((entry) => entry.action === 'auth.login' && entry.actorUsername === 'leader');
    expect(leaderLogin).toMatchObject({ actorName: names.leader, entityType: 'user', entityName: `${names.leader}（leader）` });
    // an unknown username: no person, the name that was tried
    expect(all.find((entry) => entry.action === 'auth.login_failed')).toMatchObject({ actorId: null, actorName: null, entityName: 'nobody-here' });
    expect(all.find((entry) => entry.action === 'auth.permission_denied')).toMatchObject({ actorName: names.worker, entityType: 'route', entityName: 'GET /api/audit' });
    expect(AUDIT_ACTION_LABELS['category.update']).toEqual({ zh: '修改诉求分类', en: 'Changed a category' });
    expect(AUDIT_ENTITY_TYPE_LABELS.request).toEqual({ zh: '诉求', en: 'Request' });
  });

  it('filters by person', async () => {
    const leaders = await entries(`actorId=${w.ids.leader}`);
    expect(leaders.length).toBeGreaterThan(0);
    expect(leaders.every((entry) => entry.actorId === w.ids.leader)).toBe(true);
    const people = (await get('/api/audit/actors?q=leader')).body;
    expect(people).toContainEqual({ id: w.ids.leader, displayName: names.leader, username: 'leader' });
  });

  it('filters by one action or several', async () => {
    expect((await entries('action=category.update')).map((entry) => entry.action)).toEqual(['category.update']);
    const sessions = await entries('action=auth.login,auth.login_failed');
    expect(new Set(sessions.map((entry) => entry.action))).toEqual(new Set(['auth.login', 'auth.login_failed']));
    expect(sessions.filter((entry) => entry.action === 'auth.login')).toHaveLength(5);
  });

  it('filters by object: its kind, its id, or words of its name or code', async () => {
    expect((await entries('entityType=category')).map((entry) => entry.entityName)).toEqual(['欠薪讨薪']);
    expect((await entries('object=欠薪')).map((entry) => entry.action)).toEqual(['category.update']);
    expect((await entries(`object=${requestCode.toLowerCase()}`)).map((entry) => entry.action)).toEqual(['request.exclusion.set']);
    expect((await entries(`entityType=request&entityId=${requestId}`)).map((entry) => entry.entityName)).toEqual([requestCode]);
    // a person as the object: the leader's own account (their sign-in)
    const leaderAsObject = await entries(`entityType=user&object=${encodeURIComponent(names.leader)}`);
    expect(leaderAsObject.map((entry) => entry.action)).toEqual(['auth.login']);
    expect(await entries('object=没有这样的对象')).toEqual([]);
  });

  it('filters by days in China time, both ends included', async () => {
    const all = await entries();
    expect(await entries(`from=${today}&to=${today}`)).toHaveLength(all.length);
    const tomorrow = formatIsoDay(chinaDayNumber(Date.now()) + 1);
    const yesterday = formatIsoDay(chinaDayNumber(Date.now()) - 1);
    expect(await entries(`from=${tomorrow}`)).toEqual([]);
    expect(await entries(`to=${yesterday}`)).toEqual([]);
  });

  it('refuses unknown actions and impossible days with 400 naming the field, and pages with the filters kept', async () => {
    const wrongAction = await get('/api/audit?action=auth.login,auth.nonsense');
    expect(wrongAction.status).toBe(400);
    expect(JSON.stringify(wrongAction.body)).toContain('action');
    const wrongDay = await get('/api/audit?from=2025-02-30');
    expect(wrongDay.status).toBe(400);
    expect(wrongDay.body.errors).toEqual([{ field: 'from', message: expect.any(String) }]);
    expect((await get('/api/audit?from=2025-03-02&to=2025-03-01')).status).toBe(400);
    const first = (await get('/api/audit?action=auth.login&limit=2')).body;
    expect(first.items).toHaveLength(2);
    const second = (await get(`/api/audit?action=auth.login&limit=2&cursor=${first.nextCursor}`)).body;
    expect(second.items.every((entry: AuditEntry) => entry.action === 'auth.login' && Number(entry.id) < Number(first.items[1].id))).toBe(true);
  });

  it('exports the filtered entries to Excel in the reader language, China time, with a frozen header', async () => {
    async function workbook(query: string): Promise<ExcelJS.Workbook> {
      const response = await fetch(`${t.baseUrl}/api/audit/export.xlsx?${query}`, { headers: { authorization: `Bearer ${w.tokens.admin}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('spreadsheetml');
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await response.arrayBuffer());
      return book;
    }
    const zh = await workbook('action=category.update,request.exclusion.set');
    const sheet = zh.worksheets[0];
    expect(sheet.name).toBe('审计日志');
    // the filters in words above the header, which stays in view
    expect(sheet.getRow(1).getCell(1).value).toBe('筛选条件：操作：修改诉求分类、认定为不合理诉求');
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.getRow(2).values).toEqual([undefined, '时间', '操作人', '账号', '操作', '对象类型', '对象', '对象 ID', '变更前', '变更后', '操作代码']);
    expect(sheet.rowCount).toBe(4);
    const rows = [3, 4].map((n) => sheet.getRow(n).values as unknown[]);
    expect(rows.map((row) => row.slice(2, 7))).toEqual([
      [names.cadre, 'cadre', '认定为不合理诉求', '诉求', requestCode],
      [names.admin, 'admin', '修改诉求分类', '诉求分类', '欠薪讨薪'],
    ]);
    // the time as a clock in China reads it
    const listed = await entries('action=request.exclusion.set');
    expect(rows[0][1]).toEqual(new Date(Date.parse(listed[0].at) + 8 * 3_600_000));
    expect(sheet.getRow(3).getCell(1).numFmt).toBe('yyyy-mm-dd hh:mm');

    const en = await workbook(`action=category.update&lang=en&actorId=${w.ids.admin}`);
    expect(en.worksheets[0].getRow(1).getCell(1).value).toBe(`Filters: Who: ${names.admin} (admin); Action: Changed a category`);
    expect(en.worksheets[0].getRow(2).getCell(4).value).toBe('Action');
    expect(en.worksheets[0].getRow(3).values).toEqual(expect.arrayContaining(['Changed a category', 'Category', category(w, 'wage_arrears').nameEn]));
    expect((await t.request('GET', '/api/audit/export.xlsx', { token: w.tokens.leader })).status).toBe(403);
  });
});
