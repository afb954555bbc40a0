import type { OrgUnitNode } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { clientAddresses } from './support/http';
import { DEMO_PASSWORD as PASSWORD, signIn, unitsByName } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('identity, scope and audit (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  /** Each test speaks from its own client address, so per-client throttling in one test never leaks into another. */
  const asClient = clientAddresses('198.51.100');

  async function login(username: string, password = PASSWORD, headers = asClient()) {
    return t.request('POST', '/api/auth/login', { body: { username, password }, headers });
  }
  /** A fresh login each time (a test logs out, another locks an account). */
  const tokenOf = async (username: string) => (await signIn(t, username, { headers: asClient() })).token;

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('login', () => {
    it('logs in with the right password, by token and by cookie', async () => {
      const res = await login('cadre');
      expect(res.status).toBe(200);
      expect(res.body.user).toMatchObject({ username: 'cadre', displayName: '李敏', roles: [{ role: 'cadre', unitName: '滨江街道总工会' }] });
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/banshishi_session=[^;]+;/);
      expect(cookie).toMatch(/HttpOnly/i);
      expect(cookie).toMatch(/SameSite=Lax/i);

      const byToken = await t.request('GET', '/api/auth/me', { token: res.body.accessToken });
      expect(byToken.status).toBe(200);
      expect(byToken.body.username).toBe('cadre');
      const byCookie = await t.request('GET', '/api/auth/me', { headers: { cookie: cookie.split(';')[0] } });
      expect(byCookie.status).toBe(200);
      expect(byCookie.body.username).toBe('cadre');
    });

    it('answers a wrong password and an unknown user alike with 401', async () => {
      const wrong = await login('cadre', 'not-the-password');
      const unknown = await login('nobody-here', 'whatever-123');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual({ code: 'UNAUTHENTICATED', message: 'Wrong username or password', attemptsLeft: 4 });
      expect(unknown.body).toEqual(wrong.body);
    });

    it('refuses requests without a valid token', async () => {
      expect((await t.request('GET', '/api/auth/me')).status).toBe(401);
      expect((await t.request('GET', '/api/auth/me', { token: 'forged' })).status).toBe(401);
    });

    it('locks an account after five failures, even from several clients and with the right password', async () => {
      for (let i = 0; i < 5; i++) expect((await login('cadre2', `wrong-${i}`)).status).toBe(401);
      const locked = await login('cadre2');
      expect(locked.status).toBe(429);
      expect(locked.body.code).toBe('ACCOUNT_LOCKED');
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
      // Unlocking by hand (what waiting 15 minutes does) lets the right password in again.
      await t.app.get(DataSource).query(`UPDATE login_throttle SET locked_until = now() - interval '1 second' WHERE key LIKE 'user:%'`);
      expect((await login('cadre2')).status).toBe(200);
    });

    it('slows down one client that tries many accounts', async () => {
      const client = asClient();
      for (let i = 0; i < 30; i++) expect((await login(`guess-${i}`, 'password-1', client)).status).toBe(401);
      const blocked = await login('leader', PASSWORD, client);
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('RATE_LIMITED');
      expect((await login('leader', PASSWORD, asClient())).status).toBe(200);
    });

    it('stores no client address, only keyed hashes', async () => {
      const keys: { key: string }[] = await t.app.get(DataSource).query(`SELECT key FROM login_throttle`);
      expect(keys.length).toBeGreaterThan(0);
      for (const { key } of keys) expect(key).not.toMatch(/198\.51\.100/);
    });

    it('validates the body and names the field', async () => {
      const missing = await t.request('POST', '/api/auth/login', { body: { username: 'cadre' } });
      expect(missing.status).toBe(400);
      expect(missing.body.code).toBe('VALIDATION_FAILED');
      expect(missing.body.errors.map((e: { field: string }) => e.field)).toContain('password');
      const extra = await t.request('POST', '/api/auth/login', { body: { username: 'cadre', password: 'x', admin: true } });
      expect(extra.status).toBe(400);
      expect(extra.body.errors).toEqual([{ field: 'admin', message: 'property admin should not exist' }]);
    });
  });

  describe('sessions', () => {
    it('revokes the token on logout', async () => {
      const token = await tokenOf('leader');
      expect((await t.request('POST', '/api/auth/logout', { token })).status).toBe(204);
      expect((await t.request('GET', '/api/auth/me', { token })).status).toBe(401);
    });

    it('stops a disabled user: open tokens die and login is refused', async () => {
      const admin = await tokenOf('admin');
      const create = await t.request('POST', '/api/users', {
        token: admin,
        body: { username: 'temp.worker', displayName: '临时工', password: 'temp-pass-2026', roles: [] },
      });
      expect(create.status).toBe(201);
      const first = await login('temp.worker', 'temp-pass-2026');
      expect(first.status).toBe(200);
      const workerToken: string = first.body.accessToken;
      expect((await t.request('GET', '/api/auth/me', { token: workerToken })).status).toBe(200);

      const disable = await t.request('PATCH', `/api/users/${create.body.id}`, { token: admin, body: { disabled: true } });
      expect(disable.status).toBe(200);
      expect(disable.body.disabled).toBe(true);
      expect((await t.request('GET', '/api/auth/me', { token: workerToken })).status).toBe(401);
      const again = await login('temp.worker', 'temp-pass-2026');
      expect(again.status).toBe(403);
      expect(again.body.code).toBe('FORBIDDEN');
    });
  });

  describe('scope', () => {
    it('shows each caller its own subtree, with entry tokens for cadres and admins only', async () => {
      const cadre = await unitsByName(t, await tokenOf('cadre'));
      expect([...cadre.keys()].sort()).toEqual(['江海区第一人民医院工会', '江海精密机械有限公司工会', '滨江物流园联合工会', '滨江街道总工会'].sort());
      for (const unit of cadre.values()) expect(unit.entryToken).toMatch(/^[A-Za-z0-9_-]{24}$/);

      const cadre2 = await unitsByName(t, await tokenOf('cadre2'));
      expect(cadre2.has('临港镇总工会')).toBe(true);
      expect([...cadre2.keys()].some((name) => cadre.has(name))).toBe(false);

      const leader = await unitsByName(t, await tokenOf('leader'));
      expect(leader.size).toBe(9);
      for (const unit of leader.values()) expect(unit.entryToken).toBeUndefined();

      const worker = await unitsByName(t, await tokenOf('worker'));
      expect([...worker.keys()]).toEqual(['江海精密机械有限公司工会']);
      expect(worker.get('江海精密机械有限公司工会')?.entryToken).toBeUndefined();
    });

    it("answers 404 to cadre2 for town 1's units, as if they did not exist", async () => {
      const town1Unit = (await unitsByName(t, await tokenOf('cadre'))).get('滨江物流园联合工会') as OrgUnitNode;
      const cadre2 = await tokenOf('cadre2');
      const rotate = await t.request('POST', `/api/units/${town1Unit.id}/entry-token`, { token: cadre2 });
      expect(rotate.status).toBe(404);
      expect(rotate.body.code).toBe('NOT_FOUND');
      const missing = await t.request('POST', `/api/units/00000000-0000-4000-8000-000000000000/entry-token`, { token: cadre2 });
      expect(missing.status).toBe(404);
      expect(missing.body).toEqual(rotate.body);
    });

    it('lets a cadre rotate the entry token of a unit in scope', async () => {
      const cadre = await tokenOf('cadre');
      const unit = (await unitsByName(t, cadre)).get('滨江物流园联合工会') as OrgUnitNode;
      const rotated = await t.request('POST', `/api/units/${unit.id}/entry-token`, { token: cadre });
      expect(rotated.status).toBe(201);
      expect(rotated.body.entryToken).not.toBe(unit.entryToken);
    });

    it('gives a worker 403 on admin endpoints and logs each denial', async () => {
      const worker = await tokenOf('worker');
      expect((await t.request('GET', '/api/users', { token: worker })).status).toBe(403);
      expect((await t.request('GET', '/api/audit', { token: worker })).status).toBe(403);
      const create = await t.request('POST', '/api/categories', {
        token: worker,
        body: { code: 'x_y', nameZh: '测试', nameEn: 'Test', responseDays: 1, resolutionDays: 1, graceDays: 0, urgent: false, active: true, sortOrder: 1 },
      });
      expect(create.status).toBe(403);
      expect(create.body.code).toBe('FORBIDDEN');
      const denials = await t.request('GET', '/api/audit?action=auth.permission_denied', { token: await tokenOf('admin') });
      expect(denials.body.items.map((e: { entityId: string }) => e.entityId)).toEqual(expect.arrayContaining(['GET /api/users', 'GET /api/audit', 'POST /api/categories']));
    });
  });

  describe('admin changes', () => {
    it('lets only an admin at the top of the tree change what every unit shares: categories, calendar, figure settings', async () => {
      const admin = await tokenOf('admin');
      const town = (await unitsByName(t, admin)).get('滨江街道总工会') as OrgUnitNode;
      const created = await t.request('POST', '/api/users', {
        token: admin,
        body: { username: 'town-admin', displayName: '街道管理员', password: PASSWORD, roles: [{ role: 'admin', unitId: town.id }] },
      });
      expect(created.status).toBe(201);
      const townAdmin = await tokenOf('town-admin');
      const category = { code: 'town_only', nameZh: '街道自设', nameEn: 'Town only', responseDays: 1, resolutionDays: 1, graceDays: 0, urgent: false, active: true, sortOrder: 99 };
      const settings = (await t.request('GET', '/api/settings/evaluation', { token: admin })).body;
      const [anyCategory] = (await t.request('GET', '/api/categories')).body;
      const refused = [
        await t.request('POST', '/api/categories', { token: townAdmin, body: category }),
        await t.request('PATCH', `/api/categories/${anyCategory.id}`, { token: townAdmin, body: { nameZh: '改名' } }),
        await t.request('PUT', '/api/calendar/2027-03-04', { token: townAdmin, body: { kind: 'holiday', name: '街道自定' } }),
        await t.request('PUT', '/api/settings/evaluation', { token: townAdmin, body: { ...settings, minSample: 3 } }),
      ];
      expect(refused.map((res) => [res.status, res.body.code])).toEqual(Array(4).fill([403, 'FORBIDDEN']));
      expect(refused[0].body.message).toMatch(/top of the unit tree/);
      // what the town admin does manage: its own town's units
      expect((await t.request('POST', '/api/units', { token: townAdmin, body: { parentId: town.id, name: '滨江新材料公司工会', kind: 'grassroots' } })).status).toBe(201);
      // nothing changed, and the district's admin still can
      expect((await t.request('GET', '/api/settings/evaluation', { token: admin })).body).toEqual(settings);
      expect((await t.request('PUT', '/api/calendar/2027-03-04', { token: admin, body: { kind: 'holiday', name: '区里定的' } })).status).toBe(200);
      expect((await t.request('DELETE', '/api/calendar/2027-03-04', { token: admin })).status).toBe(204);
    });

    it('creates a unit under one in scope, audits before/after, and refuses a stale rename with 409', async () => {
      const admin = await tokenOf('admin');
      const town2 = (await unitsByName(t, admin)).get('临港镇总工会') as OrgUnitNode;
      const created = await t.request('POST', '/api/units', { token: admin, body: { parentId: town2.id, name: '临港港务公司工会', kind: 'grassroots' } });
      expect(created.status).toBe(201);
      expect(created.body.parentId).toBe(town2.id);

      const renamed = await t.request('PATCH', `/api/units/${created.body.id}`, { token: admin, body: { name: '临港港务集团工会', version: created.body.version } });
      expect(renamed.status).toBe(200);
      expect(renamed.body.version).toBe(created.body.version + 1);
      const stale = await t.request('PATCH', `/api/units/${created.body.id}`, { token: admin, body: { name: '又改名', version: created.body.version } });
      expect(stale.status).toBe(409);
      expect(stale.body.code).toBe('STALE_VERSION');

      const audit = await t.request('GET', '/api/audit?action=unit.rename', { token: admin });
      expect(audit.body.items[0]).toMatchObject({
        actorName: '系统管理员',
        entityId: created.body.id,
        before: { name: '临港港务公司工会' },
        after: { name: '临港港务集团工会' },
      });
    });

    it('keeps the audit log append-only', async () => {
      const db = t.app.get(DataSource);
      await expect(db.query(`UPDATE audit_log SET action = 'x'`)).rejects.toThrow(/append-only/);
      await expect(db.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    });

    it('records logins and failed logins', async () => {
      await login('leader', 'wrong-password');
      const admin = await tokenOf('admin');
      const failed = await t.request('GET', '/api/audit?action=auth.login_failed&limit=5', { token: admin });
      expect(failed.body.items[0].after).toEqual({ username: 'leader' });
      const logins = await t.request('GET', '/api/audit?action=auth.login&limit=1', { token: admin });
      expect(logins.body.items[0].actorName).toBe('系统管理员');
    });

    it('serves categories publicly and lets only admins change them, with optimistic locking', async () => {
      const list = await t.request('GET', '/api/categories');
      expect(list.status).toBe(200);
      expect(list.body.map((c: { nameZh: string }) => c.nameZh)).toEqual(expect.arrayContaining(['欠薪讨薪', '安全生产与职业健康', '其他']));
      expect(list.body.find((c: { code: string }) => c.code === 'wage_arrears')).toMatchObject({ urgent: true, responseDays: 1 });

      const admin = await tokenOf('admin');
      const wages = list.body.find((c: { code: string }) => c.code === 'wages');
      const updated = await t.request('PATCH', `/api/categories/${wages.id}`, { token: admin, body: { resolutionDays: 12, version: wages.version } });
      expect(updated.status).toBe(200);
      expect(updated.body.resolutionDays).toBe(12);
      expect((await t.request('PATCH', `/api/categories/${wages.id}`, { token: admin, body: { resolutionDays: 13, version: wages.version } })).status).toBe(409);
      const bad = await t.request('PATCH', `/api/categories/${wages.id}`, { token: admin, body: { resolutionDays: 0, version: updated.body.version } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].field).toBe('resolutionDays');
    });

    it('keeps the holiday calendar and checks make-up days fall on weekends', async () => {
      const admin = await tokenOf('admin');
      const year = await t.request('GET', '/api/calendar?year=2026', { token: admin });
      expect(year.status).toBe(200);
      expect(year.body).toEqual(expect.arrayContaining([{ day: '2026-10-01', kind: 'holiday', name: '国庆节' }]));
      const weekday = await t.request('PUT', '/api/calendar/2027-03-03', { token: admin, body: { kind: 'workday', name: '调休' } });
      expect(weekday.status).toBe(400);
      expect(weekday.body.errors[0].field).toBe('kind');
      const bogus = await t.request('PUT', '/api/calendar/2027-02-30', { token: admin, body: { kind: 'holiday', name: '春节' } });
      expect(bogus.status).toBe(400);
      const put = await t.request('PUT', '/api/calendar/2027-02-06', { token: admin, body: { kind: 'workday', name: '春节调休' } });
      expect(put.status).toBe(200);
      expect((await t.request('DELETE', '/api/calendar/2027-02-06', { token: admin })).status).toBe(204);
      expect((await t.request('DELETE', '/api/calendar/2027-02-06', { token: admin })).status).toBe(404);
    });
  });
});
