// 意见收集 over real HTTP and PostgreSQL: named and anonymous submission, idempotency, privacy, tracking, scope, lists.
import { DataSource } from 'typeorm';
import { submit } from './support/factories';
import { clientAddresses } from './support/http';
import { entryTokenOf, testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('intake: submission, tracking and request lists (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  let categoryId: string;
  /** Each test speaks from its own client address, so the anonymous rate limit of one never leaks into another. */
  const asClient = clientAddresses('203.0.113');
  const countRequests = async () => (await db.query(`SELECT count(*)::int AS n FROM request`))[0].n as number;

  function request(overrides: Record<string, unknown> = {}) {
    return { categoryId, title: '车间高温降温措施不足', description: '三号车间夏天温度超过三十五度，风扇不够用，希望增加空调或冷风机。', ...overrides };
  }

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    w = await testWorld(t, { headers: asClient });
    db = t.app.get(DataSource);
    categoryId = w.categories.find((c) => c.code === 'safety' || c.code === 'other')?.id ?? w.categoryId;
  });
  afterAll(async () => {
    await t.close();
  });

  describe('named submission', () => {
    it('a worker submits, gets a code and a due date, and finds it under 我的诉求 with its submit event', async () => {
      const worker = w.tokens.worker;
      const res = await t.request('POST', '/api/requests', { token: worker, body: request() });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ status: 'submitted', statusLabel: '待受理', anonymous: false });
      expect(res.body.code).toMatch(/^BS-\d{4}-\d{6}$/);
      expect(res.body.trackingSecret).toBeUndefined();
      expect(new Date(res.body.responseDueAt).getTime()).toBeGreaterThan(new Date(res.body.submittedAt).getTime());

      const mine = await t.request('GET', '/api/requests/mine', { token: worker });
      expect(mine.status).toBe(200);
      expect(mine.body.items[0]).toMatchObject({ id: res.body.id, code: res.body.code, handlingUnitName: '江海精密机械有限公司工会' });

      const detail = await t.request('GET', `/api/requests/${res.body.id}`, { token: worker });
      expect(detail.status).toBe(200);
      expect(detail.body).toMatchObject({ version: 1, requesterName: '王建国', availableActions: ['withdraw'] });
      expect(detail.body.timeline).toEqual([expect.objectContaining({ action: 'submit', fromStatus: null, toStatus: 'submitted' })]);

      const [row] = await db.query(`SELECT response_due_at, response_warn_at, requester_id FROM request WHERE id = $1`, [res.body.id]);
      expect(row.response_warn_at.getTime()).toBeLessThan(row.response_due_at.getTime());
      expect(row.requester_id).not.toBeNull();
    });

    it('gives a cadre over the unit the actions of triage', async () => {
      const { id } = await submit(w, 'worker', request({ title: '食堂饭菜价格上涨' }));
      const detail = await t.request('GET', `/api/requests/${id}`, { token: w.tokens.cadre });
      expect(detail.status).toBe(200);
      expect(detail.body.availableActions).toEqual(expect.arrayContaining(['accept', 'reject', 'transfer', 'merge']));
      expect(detail.body.availableActions).not.toContain('withdraw');
    });

    it('a worker who chooses anonymous is not stored as the requester and gets a secret instead', async () => {
      const worker = w.tokens.worker;
      const res = await t.request('POST', '/api/requests', { token: worker, body: request({ anonymous: true, title: '匿名反映加班问题' }) });
      expect(res.status).toBe(201);
      expect(res.body.trackingSecret).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
      const [row] = await db.query(`SELECT requester_id, anonymous FROM request WHERE id = $1`, [res.body.id]);
      expect(row).toEqual({ requester_id: null, anonymous: true });
      const mine = await t.request('GET', '/api/requests/mine', { token: worker });
      expect(mine.body.items.map((i: { id: string }) => i.id)).not.toContain(res.body.id);
    });

    it('refuses a unit where the caller is not a worker (404) and a caller with no worker role (403)', async () => {
      const other = unitByName(w, '滨江物流园联合工会');
      const res = await t.request('POST', '/api/requests', { token: w.tokens.worker, body: request({ unitId: other.id }) });
      expect(res.status).toBe(404);
      const cadre = await t.request('POST', '/api/requests', { token: w.tokens.cadre, body: request() });
      expect(cadre.status).toBe(403);
    });
  });

  describe('anonymous submission and tracking', () => {
    it('submits through the entry token, tracks with code + secret, and refuses a wrong secret or code alike', async () => {
      const before = await countRequests();
      const res = await t.request('POST', '/api/requests', {
        headers: asClient(),
        body: request({ entryToken: entryTokenOf(w, '滨江物流园联合工会'), anonymous: true, title: '快递分拣夜班没有休息室', contact: '13800138000 王师傅' }),
      });
      expect(res.status).toBe(201);
      expect(res.body.trackingSecret).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
      expect(await countRequests()).toBe(before + 1);

      const tracked = await t.request('GET', `/api/track/${res.body.code}?secret=${res.body.trackingSecret}`);
      expect(tracked.status).toBe(200);
      expect(tracked.body).toMatchObject({ code: res.body.code, status: 'submitted', statusLabel: '待受理', title: '快递分拣夜班没有休息室' });
      expect(tracked.body.categoryName).toEqual(expect.any(String));
      expect(tracked.body.timeline).toEqual([{ action: 'submit', toStatus: 'submitted', at: expect.any(String) }]);

      const wrong = await t.request('GET', `/api/track/${res.body.code}?secret=${res.body.trackingSecret}x`);
      const unknown = await t.request('GET', `/api/track/BS-1999-000001?secret=${res.body.trackingSecret}`);
      expect(wrong.status).toBe(404);
      expect(unknown.status).toBe(404);
      expect(unknown.body).toEqual(wrong.body);
    });

    it('stores no account and no readable contact on an anonymous row, and no client address anywhere', async () => {
      const res = await t.request('POST', '/api/requests', {
        headers: { 'x-forwarded-for': '192.0.2.77' },
        body: request({ entryToken: entryTokenOf(w, '江海区第一人民医院工会'), anonymous: true, contact: '微信 nurse_zhang_1990' }),
      });
      expect(res.status).toBe(201);
      const [row] = await db.query(`SELECT requester_id, contact_encrypted::text AS contact, tracking_secret_hash, row_to_json(r)::text AS whole FROM request r WHERE id = $1`, [
        res.body.id,
      ]);
      expect(row.requester_id).toBeNull();
      expect(row.contact).not.toContain('nurse_zhang_1990');
      expect(row.whole).not.toContain('nurse_zhang_1990');
      expect(row.whole).not.toContain('192.0.2.77');
      expect(row.tracking_secret_hash).not.toBe(res.body.trackingSecret);
      const events = await db.query(`SELECT actor_id, payload::text AS payload FROM request_event WHERE request_id = $1`, [res.body.id]);
      expect(events).toEqual([{ actor_id: null, payload: '{}' }]);
    });

    it('refuses an anonymous submission without anonymous: true, and an unknown entry token', async () => {
      const notAnonymous = await t.request('POST', '/api/requests', { headers: asClient(), body: request({ entryToken: entryTokenOf(w, '滨江物流园联合工会') }) });
      expect(notAnonymous.status).toBe(400);
      expect(notAnonymous.body.errors.map((e: { field: string }) => e.field)).toEqual(['anonymous']);
      const unknown = await t.request('POST', '/api/requests', { headers: asClient(), body: request({ entryToken: 'no-such-token', anonymous: true }) });
      expect(unknown.status).toBe(404);
      const noLogin = await t.request('POST', '/api/requests', { headers: asClient(), body: request({ anonymous: true }) });
      expect(noLogin.status).toBe(401);
    });

    it('rate-limits anonymous submissions per client address (429), not other clients', async () => {
      const client = asClient();
      for (let i = 0; i < 10; i++) {
        // Invalid bodies count too: flooding is refused before any work is done.
        expect((await t.request('POST', '/api/requests', { headers: client, body: { title: 'x' } })).status).toBe(400);
      }
      const blocked = await t.request('POST', '/api/requests', { headers: client, body: request({ entryToken: entryTokenOf(w, '滨江物流园联合工会'), anonymous: true }) });
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('RATE_LIMITED');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      const other = await t.request('POST', '/api/requests', { headers: asClient(), body: request({ entryToken: entryTokenOf(w, '滨江物流园联合工会'), anonymous: true }) });
      expect(other.status).toBe(201);
    });
  });

  describe('Idempotency-Key', () => {
    it('answers the same key and body with the same response and one request', async () => {
      const worker = w.tokens.worker;
      const before = await countRequests();
      const headers = { 'idempotency-key': 'submit-abc-123' };
      const first = await t.request('POST', '/api/requests', { token: worker, headers, body: request({ title: '更衣柜不够用' }) });
      const second = await t.request('POST', '/api/requests', { token: worker, headers, body: request({ title: '更衣柜不够用' }) });
      expect(first.status).toBe(201);
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(await countRequests()).toBe(before + 1);
    });

    it('replays an anonymous response, secret included, per entry token', async () => {
      const client = asClient();
      const body = request({ entryToken: entryTokenOf(w, '江海精密机械有限公司工会'), anonymous: true, title: '宿舍热水时有时无' });
      const headers = { ...client, 'idempotency-key': 'anon-key-1' };
      const first = await t.request('POST', '/api/requests', { headers, body });
      const second = await t.request('POST', '/api/requests', { headers, body });
      expect(first.status).toBe(201);
      expect(second.body).toEqual(first.body);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM request WHERE title = '宿舍热水时有时无'`);
      expect(n).toBe(1);
      const [stored] = await db.query(`SELECT response_encrypted::text AS response FROM idempotency_key WHERE key = 'anon-key-1'`);
      expect(stored.response).not.toContain(first.body.trackingSecret);
    });

    it('lets only one of two concurrent submissions with the same key create a request', async () => {
      const worker = w.tokens.worker;
      const headers = { 'idempotency-key': 'concurrent-key-1' };
      const body = request({ title: '两次点击提交按钮' });
      const [a, b] = await Promise.all([1, 2].map(() => t.request('POST', '/api/requests', { token: worker, headers, body })));
      expect([a.status, b.status]).toEqual([201, 201]);
      expect(b.body).toEqual(a.body);
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM request WHERE title = '两次点击提交按钮'`);
      expect(n).toBe(1);
    });

    it('refuses the same key with another body (422) and saves nothing', async () => {
      const worker = w.tokens.worker;
      const headers = { 'idempotency-key': 'submit-def-456' };
      expect((await t.request('POST', '/api/requests', { token: worker, headers, body: request({ title: '班车时间太早' }) })).status).toBe(201);
      const before = await countRequests();
      const other = await t.request('POST', '/api/requests', { token: worker, headers, body: request({ title: '班车时间太晚' }) });
      expect(other.status).toBe(422);
      expect(other.body.code).toBe('UNPROCESSABLE');
      expect(await countRequests()).toBe(before);
    });

    it('refuses a malformed key with a field error', async () => {
      const res = await t.request('POST', '/api/requests', { token: w.tokens.worker, headers: { 'idempotency-key': 'x'.repeat(101) }, body: request() });
      expect(res.status).toBe(400);
      expect(res.body.errors).toEqual([{ field: 'Idempotency-Key', message: expect.any(String) }]);
    });
  });

  describe('bad input → 400 with field names, nothing saved', () => {
    const cases: [string, () => Record<string, unknown>, string[]][] = [
      ['missing fields', () => ({}), ['categoryId', 'title', 'description']],
      ['wrong types', () => request({ title: 42, anonymous: 'yes', categoryId: 7 }), ['categoryId', 'title', 'anonymous']],
      ['an unknown field', () => request({ status: 'closed' }), ['status']],
      ['a 5000-character title', () => request({ title: '长'.repeat(5000) }), ['title']],
      ['a too-short description', () => request({ description: '太热了' }), ['description']],
      ['a 101-character contact', () => request({ contact: '1'.repeat(101) }), ['contact']],
      ['a category that does not exist', () => request({ categoryId: '00000000-0000-4000-8000-000000000000' }), ['categoryId']],
    ];

    it.each(cases)('%s', async (_name, body, fields) => {
      const before = await countRequests();
      const res = await t.request('POST', '/api/requests', { token: w.tokens.worker, body: body() });
      expect(res.status).toBe(400);
      expect(res.body.code).toBe('VALIDATION_FAILED');
      expect([...new Set(res.body.errors.map((e: { field: string }) => e.field))]).toEqual(expect.arrayContaining(fields));
      expect(await countRequests()).toBe(before);
    });

    it('broken JSON', async () => {
      const before = await countRequests();
      const res = await t.request('POST', '/api/requests', { token: w.tokens.worker, headers: { 'content-type': 'application/json' }, raw: '{"title": "半截' });
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ code: expect.any(String), message: expect.any(String) });
      expect(await countRequests()).toBe(before);
    });

    it('counts a Chinese title by characters: 60 pass, 61 do not', async () => {
      const worker = w.tokens.worker;
      expect((await t.request('POST', '/api/requests', { token: worker, body: request({ title: '字'.repeat(60) }) })).status).toBe(201);
      expect((await t.request('POST', '/api/requests', { token: worker, body: request({ title: '字'.repeat(61) }) })).status).toBe(400);
    });
  });

  describe('scope and lists', () => {
    let town1Id: string;

    beforeAll(async () => {
      town1Id = (await submit(w, 'worker', request({ title: '机加工车间噪音太大' }))).id;
      await submit(w, null, { ...request({ title: '叉车司机缺少培训' }), unit: '滨江物流园联合工会' }, { headers: asClient() });
    });

    it("answers 404 to cadre2 for a town-1 request, and keeps it out of cadre2's lists", async () => {
      const cadre2 = w.tokens.cadre2;
      const res = await t.request('GET', `/api/requests/${town1Id}`, { token: cadre2 });
      expect(res.status).toBe(404);
      const missing = await t.request('GET', '/api/requests/00000000-0000-4000-8000-000000000000', { token: cadre2 });
      expect(missing.body).toEqual(res.body);
      const list = await t.request('GET', '/api/requests?limit=100', { token: cadre2 });
      expect(list.status).toBe(200);
      expect(list.body.items.map((i: { id: string }) => i.id)).not.toContain(town1Id);
      const search = await t.request('GET', `/api/requests?q=${encodeURIComponent('噪音')}`, { token: cadre2 });
      expect(search.body.items).toEqual([]);
      const byUnit = await t.request('GET', `/api/requests?unitId=${unitByName(w, '江海精密机械有限公司工会').id}`, { token: cadre2 });
      expect(byUnit.status).toBe(404);
    });

    it('gives a worker 403 on the list', async () => {
      const res = await t.request('GET', '/api/requests', { token: w.tokens.worker });
      expect(res.status).toBe(403);
    });

    it('filters by q, unit, status and category for a cadre', async () => {
      const cadre = w.tokens.cadre;
      const q = await t.request('GET', `/api/requests?q=${encodeURIComponent('噪音')}`, { token: cadre });
      expect(q.body.items.map((i: { id: string }) => i.id)).toEqual([town1Id]);
      const logistics = unitByName(w, '滨江物流园联合工会');
      const byUnit = await t.request('GET', `/api/requests?unitId=${logistics.id}&limit=100`, { token: cadre });
      expect(byUnit.body.items.length).toBeGreaterThan(0);
      expect(byUnit.body.items.every((i: { handlingUnitId: string }) => i.handlingUnitId === logistics.id)).toBe(true);
      const closed = await t.request('GET', `/api/requests?status=closed&categoryId=${categoryId}`, { token: cadre });
      expect(closed.body).toEqual({ items: [], nextCursor: null });
      const percent = await t.request('GET', `/api/requests?q=${encodeURIComponent('%')}`, { token: cadre });
      expect(percent.body.items).toEqual([]);
    });

    it('pages newest first with an opaque cursor, without gaps or repeats', async () => {
      const leader = w.tokens.leader;
      const all = await t.request('GET', '/api/requests?limit=100', { token: leader });
      expect(all.body.nextCursor).toBeNull();
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page: { status: number; body: { items: { id: string }[]; nextCursor: string | null } } = await t.request(
          'GET',
          `/api/requests?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
          { token: leader },
        );
        expect(page.status).toBe(200);
        seen.push(...page.body.items.map((i) => i.id));
        cursor = page.body.nextCursor;
      } while (cursor);
      expect(seen).toEqual(all.body.items.map((i: { id: string }) => i.id));
      const submitted = all.body.items.map((i: { submittedAt: string }) => i.submittedAt);
      expect([...submitted].sort().reverse()).toEqual(submitted);
      expect((await t.request('GET', '/api/requests?cursor=garbage', { token: leader })).status).toBe(400);
    });
  });
});
