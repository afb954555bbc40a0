// The cadre inbox: the request list sorted by the clock that runs out first, overdue and 匿名/实名 filters,
// keyset pages in that order, and counts per status — all inside the caller's scope.
import type { RequestListItem } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { detail, submit, tryAct } from './support/factories';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('inbox (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    db = t.app.get(DataSource);
    for (const [name, anonymous] of [
      ['overdue', true],
      ['soon', false],
      ['later', true],
      ['calm', false],
    ] as const) {
      const body = { title: `${name}的诉求标题`, description: `${name}：宿舍热水器坏了好几天，洗澡只能用冷水。` };
      ids[name] = (await (anonymous ? submit(w, null, { ...body, unit: '滨江物流园联合工会' }) : submit(w, 'worker', body))).id;
    }
    // Set the clocks by hand: one overdue, one past 80 %, two still comfortable.
    const hours = { overdue: [-30, -5], soon: [-2, 3], later: [20, 40], calm: [30, 60] };
    for (const [name, [warn, due]] of Object.entries(hours)) {
      await db.query(`UPDATE request SET response_warn_at = now() + make_interval(hours => $2), response_due_at = now() + make_interval(hours => $3) WHERE id = $1`, [
        ids[name],
        warn,
        due,
      ]);
    }
  });
  afterAll(async () => {
    await t.close();
  });

  const list = async (query: string, who = 'cadre') => t.request('GET', `/api/requests?${query}`, { token: w.tokens[who] });
  const names = (items: RequestListItem[]) => items.map((item) => Object.keys(ids).find((name) => ids[name] === item.id));

  it('puts the clock that runs out first at the top, with overdue and due-soon marks', async () => {
    const res = await list('sort=urgency');
    expect(res.status).toBe(200);
    expect(names(res.body.items)).toEqual(['overdue', 'soon', 'later', 'calm']);
    expect(res.body.items.map((i: RequestListItem) => [i.overdue, i.dueSoon])).toEqual([
      [true, false],
      [false, true],
      [false, false],
      [false, false],
    ]);
  });

  it('pages through the urgency order with the cursor, without gaps or repeats', async () => {
    const first = await list('sort=urgency&limit=3');
    expect(names(first.body.items)).toEqual(['overdue', 'soon', 'later']);
    const second = await list(`sort=urgency&limit=3&cursor=${first.body.nextCursor}`);
    expect(names(second.body.items)).toEqual(['calm']);
    expect(second.body.nextCursor).toBeNull();
  });

  it('filters overdue and 匿名/实名', async () => {
    expect(names((await list('overdue=true')).body.items)).toEqual(['overdue']);
    expect(names((await list('sort=urgency&overdue=false')).body.items)).toEqual(['soon', 'later', 'calm']);
    expect(names((await list('sort=urgency&anonymous=true')).body.items)).toEqual(['overdue', 'later']);
    expect(names((await list('sort=urgency&anonymous=false')).body.items)).toEqual(['soon', 'calm']);
    expect((await list('overdue=maybe')).status).toBe(400);
    expect((await list('sort=sideways')).status).toBe(400);
  });

  it('counts per status with overdue and due-soon totals, inside scope only', async () => {
    const mine = await t.request('GET', '/api/requests/counts', { token: w.tokens.cadre });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ byStatus: { submitted: 4, accepted: 0 }, overdue: 1, dueSoon: 1 });
    const other = await t.request('GET', '/api/requests/counts', { token: w.tokens.cadre2 });
    expect(other.body).toMatchObject({ byStatus: { submitted: 0 }, overdue: 0, dueSoon: 0 });
    expect((await t.request('GET', '/api/requests/counts', { token: w.tokens.worker })).status).toBe(403);
    expect((await list('sort=urgency', 'cadre2')).body.items).toEqual([]);
  });

  it('stops a request counting as overdue once it is accepted (the resolution clock takes over)', async () => {
    const { version } = await detail(w, ids.overdue);
    const accepted = await tryAct(w, 'cadre', ids.overdue, 'accept', { version });
    expect(accepted.status).toBe(200);
    const counts = (await t.request('GET', '/api/requests/counts', { token: w.tokens.cadre })).body;
    expect(counts).toMatchObject({ byStatus: { submitted: 3, accepted: 1 }, overdue: 0 });
    expect(names((await list('sort=urgency&status=accepted')).body.items)).toEqual(['overdue']);
  });
});

describe('bulk accept and assign', () => {
  let t: TestApp;
  let w: TestWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  async function submitted(count: number): Promise<{ id: string; version: number }[]> {
    const out = [];
    for (let i = 0; i < count; i++) {
      const { id } = await submit(w, 'worker', {
        categoryId: w.categories[1].id,
        title: `夜班班车第${i + 1}趟取消了`,
        description: '厂里夜班班车取消后，下夜班只能打车回家，费用太高。',
      });
      out.push({ id, version: 1 });
    }
    return out;
  }

  it('accepts many at once and reports each outcome, a stale one included', async () => {
    const [a, b, c] = await submitted(3);
    const res = await t.request('POST', '/api/requests/bulk-actions', {
      token: w.tokens.cadre,
      body: { action: 'accept', items: [a, b, { id: c.id, version: 9 }] },
    });
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([
      { id: a.id, ok: true, status: 'accepted', version: 2 },
      { id: b.id, ok: true, status: 'accepted', version: 2 },
      { id: c.id, ok: false, code: 'STALE_VERSION', message: expect.any(String) },
    ]);
  });

  it('assigns many to one handler, and refuses what lies outside the caller’s scope as not found', async () => {
    const items = await submitted(2);
    const accepted = (await t.request('POST', '/api/requests/bulk-actions', { token: w.tokens.cadre, body: { action: 'accept', items } })).body.results;
    const handlerId = w.ids.cadre;
    const assign = await t.request('POST', '/api/requests/bulk-actions', {
      token: w.tokens.cadre,
      body: { action: 'assign', handlerId, items: accepted.map((r: { id: string; version: number }) => ({ id: r.id, version: r.version })) },
    });
    expect(assign.body.results.map((r: { status: string }) => r.status)).toEqual(['in_progress', 'in_progress']);
    const foreign = await t.request('POST', '/api/requests/bulk-actions', { token: w.tokens.cadre2, body: { action: 'accept', items: [{ id: items[0].id, version: 3 }] } });
    expect(foreign.body.results[0]).toMatchObject({ ok: false, code: 'NOT_FOUND' });
  });

  it('validates the batch: known action, 1–50 items, ids and versions', async () => {
    const bad = async (body: unknown) => (await t.request('POST', '/api/requests/bulk-actions', { token: w.tokens.cadre, body })).status;
    expect(await bad({ action: 'reject', items: [] })).toBe(400);
    expect(await bad({ action: 'accept', items: [] })).toBe(400);
    expect(await bad({ action: 'accept', items: [{ id: 'x', version: 1 }] })).toBe(400);
    expect(await bad({ action: 'accept', items: Array.from({ length: 51 }, () => ({ id: '00000000-0000-4000-8000-000000000000', version: 1 })) })).toBe(400);
    expect((await t.request('POST', '/api/requests/bulk-actions', { token: w.tokens.worker, body: { action: 'accept', items: [] } })).status).toBe(403);
  });
});
