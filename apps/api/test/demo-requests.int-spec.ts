// The demo requests seeded on an empty database: about 300 over six months, every category and 基层工会, indexed.
import { DataSource } from 'typeorm';
import { createTestApp, type TestApp } from './test-app';

describe('demo requests (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_REQUESTS: 'true' });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('spreads 300 requests over the last 180 days, all categories and all six 基层工会', async () => {
    const [row] = await db.query(`
      SELECT count(*)::int AS n, count(DISTINCT category_id)::int AS categories, count(DISTINCT handling_unit_id)::int AS units,
             count(DISTINCT code)::int AS codes, count(*) FILTER (WHERE search_terms IS NULL OR search_terms = '')::int AS unindexed,
             count(*) FILTER (WHERE NOT anonymous)::int AS named, min(submitted_at) > now() - interval '181 days' AS recent,
             count(*) FILTER (WHERE response_due_at <= submitted_at)::int AS bad_clocks
        FROM request`);
    expect(row).toMatchObject({ n: 300, categories: 12, units: 6, codes: 300, unindexed: 0, recent: true, bad_clocks: 0 });
    expect(row.named).toBeGreaterThan(0);
  });

  it('accepts some older ones through the workflow, by the cadre of their town, with the event on the timeline', async () => {
    const rows = await db.query(`
      SELECT r.status, r.version, u.username, e.at > r.submitted_at AS after_submit
        FROM request r JOIN org_unit hu ON hu.id = r.handling_unit_id JOIN org_unit town ON town.id = hu.parent_id
        LEFT JOIN request_event e ON e.request_id = r.id AND e.action = 'accept' LEFT JOIN app_user u ON u.id = e.actor_id
       WHERE r.status = 'accepted'`);
    expect(rows.length).toBeGreaterThan(50);
    expect(rows.every((r: { version: number; username: string; after_submit: boolean }) => r.version === 2 && ['cadre', 'cadre2'].includes(r.username) && r.after_submit)).toBe(true);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM request r WHERE NOT EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = r.id AND e.action = 'submit')`);
    expect(n).toBe(0);
  });

  it('shows them to the cadre of town 1 only for town 1', async () => {
    const login = await t.request('POST', '/api/auth/login', { body: { username: 'cadre', password: 'demo-pass-2026' } });
    const list = await t.request('GET', '/api/requests?limit=100', { token: login.body.accessToken });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBe(100);
    expect(new Set(list.body.items.map((i: { handlingUnitName: string }) => i.handlingUnitName))).toEqual(
      new Set(['江海精密机械有限公司工会', '滨江物流园联合工会', '江海区第一人民医院工会']),
    );
  });
});
