// 高频词 from the maintained counts (migration 1764302310000): whatever happens to requests — new ones waiting to be
// tagged, a withdrawal, an exclusion and its lifting, a transfer to another unit — the day and month count tables
// equal a count over the requests' own terms, and the dashboard's terms equal that count for the period and scope.
import type { HotspotTerm } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { act, chinaDay, submit } from './support/factories';
import { bodyOf } from './support/http';
import { testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const OTHER_UNIT = '滨江物流园联合工会';

describe('hotspot term counts (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  const period = `from=${chinaDay(-1)}&to=${chinaDay(0)}`;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  /** The count tables against a count over every tagged request that counts (neither withdrawn nor excluded). */
  async function expectTablesMatchRequests(): Promise<void> {
    const scan = (day: string) => `
      SELECT r.handling_unit_id::text AS unit, (${day})::text AS day, term, count(*)::int AS requests
        FROM request r JOIN request_hotspot_terms h ON h.request_id = r.id CROSS JOIN LATERAL unnest(h.terms) AS term
       WHERE r.status <> 'withdrawn' AND r.excluded_at IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const kept = (table: string) => `SELECT handling_unit_id::text AS unit, day::text AS day, term, requests FROM ${table} WHERE requests <> 0 ORDER BY 1, 2, 3`;
    expect(await db.query(kept('hotspot_term_day'))).toEqual(await db.query(scan('figure_day(r.submitted_at)')));
    expect(await db.query(kept('hotspot_term_month'))).toEqual(await db.query(scan(`date_trunc('month', figure_day(r.submitted_at))::date`)));
  }

  async function terms(who = 'leader', unitId?: string): Promise<Map<string, number>> {
    const query = unitId ? `${period}&unitId=${unitId}` : period;
    const body: { terms: HotspotTerm[] } = bodyOf(await t.request('GET', `/api/dashboard/hotspots?${query}&limit=100`, { token: w.tokens[who] }), 200, 'hotspots');
    return new Map(body.terms.map((term) => [term.term, term.count]));
  }

  it('keeps the counts equal to the requests through withdrawal, exclusion, transfer and new requests', async () => {
    const say = (title: string) => ({ title, description: '车间的饮水机坏了好几天，夏天职工喝不上热水。' });
    const [a, b, c, d] = [
      await submit(w, 'worker', say('饮水机坏了')),
      await submit(w, 'worker', say('饮水机漏水')),
      await submit(w, 'worker', say('饮水机没有热水')),
      await submit(w, 'worker', say('饮水机需要维修')),
    ];
    const pending = async () => Number((await db.query(`SELECT count(*) AS n FROM hotspot_terms_pending WHERE request_id = ANY($1)`, [[a.id, b.id, c.id, d.id]]))[0].n);
    expect(await pending()).toBe(4);
    expect((await terms()).get('饮水机')).toBe(4);
    expect(await pending()).toBe(0);
    await expectTablesMatchRequests();

    await act(w, 'worker', b.id, 'withdraw', { reason: '已自行解决' });
    expect((await terms()).get('饮水机')).toBe(3);
    expect((await t.request('POST', `/api/requests/${c.id}/exclusion`, { token: w.tokens.cadre, body: { reason: '重复提交' } })).status).toBeLessThan(300);
    expect((await terms()).get('饮水机')).toBe(2);
    await expectTablesMatchRequests();
    expect((await t.request('DELETE', `/api/requests/${c.id}/exclusion`, { token: w.tokens.cadre })).status).toBeLessThan(300);
    expect((await terms()).get('饮水机')).toBe(3);

    // A transfer moves the request's terms to the other unit's counts.
    const other = unitByName(w, OTHER_UNIT).id;
    const workerUnit = unitByName(w, '江海精密机械有限公司工会').id;
    await act(w, 'cadre', d.id, 'transfer', { unitId: other, reason: '实际用工单位是物流园' });
    expect((await terms('leader', other)).get('饮水机')).toBeUndefined(); // one request alone is no hotspot term
    expect((await terms('leader', workerUnit)).get('饮水机')).toBe(2);
    expect((await terms()).get('饮水机')).toBe(3);
    await expectTablesMatchRequests();

    // A new request waits on the pending list until a dashboard reads its period; the cadre's scope is their subtree.
    const e = await submit(w, 'worker', say('饮水机又坏了'));
    expect((await terms('cadre')).get('饮水机')).toBe(4);
    expect((await terms('cadre2')).get('饮水机')).toBeUndefined();
    expect(Number((await db.query(`SELECT count(*) AS n FROM hotspot_terms_pending WHERE request_id = $1`, [e.id]))[0].n)).toBe(0);
    await expectTablesMatchRequests();
  });
});
