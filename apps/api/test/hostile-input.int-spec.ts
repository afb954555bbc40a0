// Issue 14: no input makes the server fail. One named regression test per class of input that once answered 500 (or
// an answer in Fastify's own `{error,statusCode}` shape): each is refused with 4xx `{code, message[, errors]}`, names
// the field where there is one, and leaves what was already saved as it was.
import { connect } from 'node:net';
import { DataSource } from 'typeorm';
import { newProject, submit } from './support/factories';
import { bodyOf, type ApiResponse } from './support/http';
import { testWorld, tokenOf, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const INT4_MAX = 2_147_483_647;

/** The one error shape: a code, a message, and (only) field errors; nothing of Fastify's `{error, statusCode}`. */
function expectErrorShape(res: ApiResponse, status: number, code?: string): void {
  expect({ status: res.status, body: res.body }).toMatchObject({ status, body: { code: code ?? expect.any(String), message: expect.any(String) } });
  expect(Object.keys(res.body).sort()).toEqual(res.body.errors ? ['code', 'errors', 'message'] : ['code', 'message']);
  expect(JSON.stringify(res.body)).not.toMatch(/ at .*\.(ts|js):\d+/); // never a stack
}

/** A 400 naming `field` among its field errors. */
function expectRefusedField(res: ApiResponse, field: string, status = 400): void {
  expectErrorShape(res, status);
  expect(res.body.errors?.map((e: { field: string }) => e.field)).toContain(field);
}

/** Writes a raw HTTP/1.1 request on a socket and reads what comes back until the server closes it. */
function rawHttp(port: number, request: string): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      const bodyText = rest.join('\r\n\r\n');
      let body: unknown = bodyText;
      try {
        body = JSON.parse(bodyText);
      } catch {
        // not JSON: the assertion shows the text
      }
      resolve({ status, body });
    });
    socket.end(request);
  });
}

describe('hostile input: every refusal is 4xx {code, message} (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let port: number;
  const admin = () => tokenOf(w, 'admin');
  const cadre = () => tokenOf(w, 'cadre');

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    port = Number(new URL(t.baseUrl).port);
  });
  afterAll(async () => {
    await t.close();
  });

  /** A new unit under 滨江街道总工会, by the admin. */
  async function newUnit(name: string): Promise<{ id: string; name: string; version: number }> {
    const res = await t.request('POST', '/api/units', { token: admin(), body: { parentId: unitByName(w, '滨江街道总工会').id, name, kind: 'grassroots' } });
    return bodyOf(res, 201, `creating unit ${name}`);
  }

  async function unitRow(id: string): Promise<{ name: string; version: number }> {
    const [row] = await t.app.get(DataSource).query(`SELECT name, version FROM org_unit WHERE id = $1`, [id]);
    return row;
  }

  describe('text PostgreSQL or people cannot use', () => {
    it('NUL in the search query q: 400 naming q', async () => {
      const res = await t.request('GET', `/api/requests?q=${encodeURIComponent('更衣\u0000柜')}`, { token: cadre() });
      expectRefusedField(res, 'q');
    });

    it('NUL in a request title: 400 naming title, and nothing is saved', async () => {
      const before = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM request`);
      const res = await t.request('POST', '/api/requests', {
        token: tokenOf(w, 'worker'),
        body: { categoryId: w.categoryId, title: '车间\u0000没有更衣柜', description: '新入职的职工没有更衣柜，衣物只能放在车间地上。' },
      });
      expectRefusedField(res, 'title');
      expect(await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM request`)).toEqual(before);
    });

    it('NUL in a unit name, created or renamed: 400 naming name, the unit unchanged', async () => {
      const created = await t.request('POST', '/api/units', { token: admin(), body: { parentId: unitByName(w, '滨江街道总工会').id, name: '某\u0000工会', kind: 'grassroots' } });
      expectRefusedField(created, 'name');
      const unit = await newUnit('零字符测试工会');
      const renamed = await t.request('PATCH', `/api/units/${unit.id}`, { token: admin(), body: { name: '改\u0000名', version: unit.version } });
      expectRefusedField(renamed, 'name');
      expect(await unitRow(unit.id)).toEqual({ name: '零字符测试工会', version: unit.version });
    });

    it('NUL in a user name: 400 naming displayName', async () => {
      const res = await t.request('POST', '/api/users', {
        token: admin(),
        body: { username: 'nul.user', displayName: '张\u0000三', password: 'long-enough-1', roles: [{ role: 'worker', unitId: unitByName(w, '滨江街道总工会').id }] },
      });
      expectRefusedField(res, 'displayName');
    });

    it('NUL in a login name: 400 naming username', async () => {
      const res = await t.request('POST', '/api/auth/login', { body: { username: 'cad\u0000re', password: 'whatever-1' } });
      expectRefusedField(res, 'username');
    });

    it('NUL in a path parameter (a tracking code) and in a workflow action body: 400 naming the field', async () => {
      const tracked = await t.request('GET', `/api/track/${encodeURIComponent('BS\u00002026')}?secret=abc`);
      expectRefusedField(tracked, 'code');
      const request = await submit(w);
      const res = await t.request('POST', `/api/requests/${request.id}/actions/reject`, { token: cadre(), body: { version: 1, reason: '不属于\u0000受理范围' } });
      expectRefusedField(res, 'reason');
    });

    it('a lone UTF-16 surrogate in a title, in the similar-request search and in a unit name: 400 naming the field', async () => {
      const submitted = await t.request('POST', '/api/requests', {
        token: tokenOf(w, 'worker'),
        body: { categoryId: w.categoryId, title: '车间更衣柜\ud800不足', description: '新入职的职工没有更衣柜，衣物只能放在车间地上。' },
      });
      expectRefusedField(submitted, 'title');
      const similar = await t.request('POST', '/api/requests/similar', { token: tokenOf(w, 'worker'), body: { title: '食堂\udc00排队' } });
      expectRefusedField(similar, 'title');
      const unit = await t.request('POST', '/api/units', { token: admin(), body: { parentId: unitByName(w, '滨江街道总工会').id, name: '\udbff工会', kind: 'grassroots' } });
      expectRefusedField(unit, 'name');
    });

    it('control characters: refused in a one-line name, newline and tab kept in a description', async () => {
      const bell = await t.request('POST', '/api/units', { token: admin(), body: { parentId: unitByName(w, '滨江街道总工会').id, name: '响铃\u0007工会', kind: 'grassroots' } });
      expectRefusedField(bell, 'name');
      const newline = await t.request('POST', '/api/units', { token: admin(), body: { parentId: unitByName(w, '滨江街道总工会').id, name: '换行\n工会', kind: 'grassroots' } });
      expectRefusedField(newline, 'name');
      const created = await submit(w, 'worker', { description: '第一行：没有更衣柜。\n第二行：\t衣物只能放在车间地上。' });
      expect((await t.request('GET', `/api/requests/${created.id}`, { token: cadre() })).body.description).toBe('第一行：没有更衣柜。\n第二行：\t衣物只能放在车间地上。');
    });
  });

  describe('bodies and numbers', () => {
    it('a deeply nested JSON body (thousands of levels): 400 before any DTO sees it', async () => {
      const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
      const typed = await t.request('POST', '/api/units', { token: admin(), headers: { 'content-type': 'application/json' }, raw: `{"name":${deep}}` });
      expectErrorShape(typed, 400, 'VALIDATION_FAILED');
      const request = await submit(w);
      const action = await t.request('POST', `/api/requests/${request.id}/actions/note`, {
        token: cadre(),
        headers: { 'content-type': 'application/json' },
        raw: `{"version":1,"note":${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}}`,
      });
      expectErrorShape(action, 400, 'VALIDATION_FAILED');
    });

    it('evaluation settings without weights: 400 naming weights, the settings unchanged', async () => {
      const before = bodyOf(await t.request('GET', '/api/settings/evaluation', { token: admin() }));
      const res = await t.request('PUT', '/api/settings/evaluation', { token: admin(), body: { basicallySatisfiedWeight: 0.5, minSample: 5 } });
      expectRefusedField(res, 'weights');
      const notAnObject = await t.request('PUT', '/api/settings/evaluation', { token: admin(), body: { basicallySatisfiedWeight: 0.5, weights: 3, minSample: 5 } });
      expectRefusedField(notAnObject, 'weights');
      expect(bodyOf(await t.request('GET', '/api/settings/evaluation', { token: admin() }))).toEqual(before);
    });

    it("renaming a unit to a sibling's name: 409 CONFLICT naming name, the unit unchanged", async () => {
      await newUnit('冲突测试甲工会');
      const second = await newUnit('冲突测试乙工会');
      const res = await t.request('PATCH', `/api/units/${second.id}`, { token: admin(), body: { name: '冲突测试甲工会', version: second.version } });
      expectRefusedField(res, 'name', 409);
      expect(res.body.code).toBe('CONFLICT');
      expect(await unitRow(second.id)).toEqual({ name: '冲突测试乙工会', version: second.version });
      const taken = await t.request('POST', '/api/users', {
        token: admin(),
        body: { username: 'cadre', displayName: '重名', password: 'long-enough-1', roles: [{ role: 'worker', unitId: unitByName(w, '滨江街道总工会').id }] },
      });
      expectRefusedField(taken, 'username', 409);
    });

    it('a value the database refuses after every other check (a bigint cursor out of range): 400, not 500', async () => {
      const res = await t.request('GET', '/api/audit?cursor=9999999999999999999', { token: admin() });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
    });

    it('a version at or beyond 2^31 (int4): 400 naming version, nothing changed', async () => {
      const unit = await newUnit('大版本号测试工会');
      const renamed = await t.request('PATCH', `/api/units/${unit.id}`, { token: admin(), body: { name: '改名', version: INT4_MAX + 1 } });
      expectRefusedField(renamed, 'version');
      expect(await unitRow(unit.id)).toEqual({ name: '大版本号测试工会', version: unit.version });
      const project = await newProject(w);
      const edited = await t.request('PATCH', `/api/projects/${project.id}`, { token: cadre(), body: { version: 2 ** 53, title: '新的项目标题' } });
      expectRefusedField(edited, 'version');
      const request = await submit(w);
      const acted = await t.request('POST', `/api/requests/${request.id}/actions/accept`, { token: cadre(), body: { version: INT4_MAX + 1 } });
      expectRefusedField(acted, 'version');
    });

    it('a whitespace-only name: 400 naming name, and a name is saved trimmed', async () => {
      const blank = await t.request('POST', '/api/units', { token: admin(), body: { parentId: unitByName(w, '滨江街道总工会').id, name: ' \u3000 ', kind: 'grassroots' } });
      expectRefusedField(blank, 'name');
      const unit = await newUnit('  留白测试工会  ');
      expect(unit.name).toBe('留白测试工会');
      const renamed = await t.request('PATCH', `/api/units/${unit.id}`, { token: admin(), body: { name: '   ', version: unit.version } });
      expectRefusedField(renamed, 'name');
      const user = await t.request('POST', '/api/users', {
        token: admin(),
        body: { username: 'blank.name', displayName: '   ', password: 'long-enough-1', roles: [{ role: 'worker', unitId: unitByName(w, '滨江街道总工会').id }] },
      });
      expectRefusedField(user, 'displayName');
      expect(await unitRow(unit.id)).toEqual({ name: '留白测试工会', version: unit.version });
    });

    it('nested arrays in a role list: 400 naming the grant', async () => {
      const unitId = unitByName(w, '滨江街道总工会').id;
      const res = await t.request('POST', '/api/users', {
        token: admin(),
        body: { username: 'nested.roles', displayName: '套娃', password: 'long-enough-1', roles: [[{ role: 'worker', unitId }]] },
      });
      expectRefusedField(res, 'roles');
      const deeper = await t.request('POST', '/api/users', { token: admin(), body: { username: 'nested.roles', displayName: '套娃', password: 'long-enough-1', roles: [[[]]] } });
      expectRefusedField(deeper, 'roles');
      expect(await t.app.get(DataSource).query(`SELECT id FROM app_user WHERE username = 'nested.roles'`)).toEqual([]);
    });

    it('subnormal and tiny numbers in a money field: 400 naming budget', async () => {
      const project = await newProject(w);
      for (const budget of [5e-324, 1e-7, 2.2250738585072014e-308]) {
        const res = await t.request('PATCH', `/api/projects/${project.id}`, { token: cadre(), body: { version: project.version, budget } });
        expectRefusedField(res, 'budget');
      }
      const created = await t.request('POST', '/api/projects', {
        token: cadre(),
        body: {
          title: '微小预算测试项目',
          goal: '目标',
          plan: '计划',
          ownerUnitId: project.ownerUnitId,
          ownerUserId: w.ids.cadre,
          deadline: '2099-12-31',
          expectedBeneficiaries: 1,
          budget: 5e-324,
          requestIds: [],
        },
      });
      expectRefusedField(created, 'budget');
    });
  });

  describe("the framework's own refusals", () => {
    it('an unknown route: 404 {code, message}', async () => {
      expectErrorShape(await t.request('GET', '/api/no-such-route'), 404, 'NOT_FOUND');
      expectErrorShape(await t.request('DELETE', '/api/requests'), 404, 'NOT_FOUND');
      expectErrorShape(await t.request('GET', '/no-such-page'), 404, 'NOT_FOUND');
    });

    it('a body over the limit: 413 {code, message}', async () => {
      const res = await t.request('POST', '/api/units', { token: admin(), headers: { 'content-type': 'application/json' }, raw: `{"name":"${'x'.repeat(2 * 1024 * 1024)}"}` });
      expectErrorShape(res, 413, 'PAYLOAD_TOO_LARGE');
    });

    it('a content type no route reads: 415 {code, message}', async () => {
      const res = await t.request('POST', '/api/units', { token: admin(), headers: { 'content-type': 'text/xml' }, raw: '<unit/>' });
      expectErrorShape(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('headers over the limit: 431 {code, message}', async () => {
      const res = await rawHttp(port, `GET /api/health/live HTTP/1.1\r\nHost: localhost\r\nX-Padding: ${'x'.repeat(64 * 1024)}\r\nConnection: close\r\n\r\n`);
      expect(res.status).toBe(431);
      expect(res.body).toEqual({ code: 'HEADERS_TOO_LARGE', message: expect.any(String) });
    });

    it('a malformed request line: 400 {code, message}', async () => {
      const res = await rawHttp(port, `GET /api/health/live HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n`);
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: 'BAD_REQUEST', message: expect.any(String) });
    });

    it('a malformed URL: 400 {code, message}', async () => {
      expectErrorShape(await t.request('GET', '/api/track/%E0%A4%A?secret=x'), 400);
    });

    it("a path parameter over the router's length limit: 414 {code, message}", async () => {
      expectErrorShape(await t.request('GET', `/api/track/${'A'.repeat(300)}?secret=x`), 414, 'URI_TOO_LONG');
    });

    it('bad JSON: 400 {code, message}', async () => {
      const res = await t.request('POST', '/api/units', { token: admin(), headers: { 'content-type': 'application/json' }, raw: '{"name": "未闭合' });
      expectErrorShape(res, 400, 'VALIDATION_FAILED');
      const empty = await t.request('POST', '/api/units', { token: admin(), headers: { 'content-type': 'application/json' }, raw: '' });
      expectErrorShape(empty, 400);
      const proto = await t.request('POST', '/api/units', { token: admin(), headers: { 'content-type': 'application/json' }, raw: '{"__proto__":{"x":1}}' });
      expectErrorShape(proto, 400);
    });
  });
});
