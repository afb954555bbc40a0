// The per-client limits held in PostgreSQL: two API instances on one database count against one limit, concurrent
// attempts never overshoot it, keys are stored only as keyed hashes, and wrong tracking secrets are limited per code
// and per client (the right secret still works under the limits, and waits like any other over them).
import { DataSource } from 'typeorm';
import { submit } from './support/factories';
import { clientAddresses, type Api } from './support/http';
import { tinyJpeg, upload } from './support/upload';
import { entryTokenOf, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const UNIT = '滨江物流园联合工会';

describe('rate limits shared by two API instances on one database (real HTTP, real PostgreSQL)', () => {
  let a: TestApp;
  let b: TestApp;
  let w: TestWorld;
  let db: DataSource;
  const asClient = clientAddresses('198.51.100');
  /** the two instances in turn, as a load balancer spreads one client's calls */
  const both = (i: number): Api => (i % 2 === 0 ? a : b);
  const anonymous = () => ({
    categoryId: w.categoryId,
    title: '夜班没有休息室',
    description: '分拣中心夜班职工没有地方休息。',
    entryToken: entryTokenOf(w, UNIT),
    anonymous: true,
  });

  beforeAll(async () => {
    a = await createTestApp({ TRUST_PROXY: '1' });
    b = await createTestApp({ TRUST_PROXY: '1' }, undefined, { database: a.database });
    w = await testWorld(a, { headers: asClient });
    db = a.app.get(DataSource);
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  it('purges expired windows as it goes', async () => {
    await db.query(
      `INSERT INTO rate_limit (bucket, key_hash, window_start, count, expires_at) VALUES ('submission', 'old', now() - interval '1 day', 3, now() - interval '1 hour')`,
    );
    await a.request('POST', '/api/requests', { headers: asClient(), body: { title: 'x' } });
    expect(await db.query(`SELECT * FROM rate_limit WHERE key_hash = 'old'`)).toEqual([]);
  });

  it('holds the submission limit (10 per client) across both instances, not per instance', async () => {
    const client = asClient();
    for (let i = 0; i < 10; i++) {
      expect((await both(i).request('POST', '/api/requests', { headers: client, body: { title: 'x' } })).status).toBe(400);
    }
    for (const api of [a, b]) {
      const blocked = await api.request('POST', '/api/requests', { headers: client, body: anonymous() });
      expect(blocked.status).toBe(429);
      expect(blocked.body.code).toBe('RATE_LIMITED');
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(20 * 60);
    }
    expect((await b.request('POST', '/api/requests', { headers: asClient(), body: anonymous() })).status).toBe(201);
  });

  it('lets exactly the limit through when one client’s attempts race on both instances', async () => {
    const client = asClient();
    const statuses = await Promise.all(Array.from({ length: 24 }, (_, i) => both(i).request('POST', '/api/requests', { headers: client, body: { title: 'x' } })));
    expect(statuses.filter((res) => res.status === 400)).toHaveLength(10);
    expect(statuses.filter((res) => res.status === 429)).toHaveLength(14);
  });

  it('holds the upload (30) and similar look-up (60) limits across both instances, each counted apart', async () => {
    const client = asClient();
    for (let i = 0; i < 30; i++) expect((await upload(both(i), tinyJpeg(), 'a.jpg', { headers: client })).status).toBe(401);
    expect((await upload(b, tinyJpeg(), 'a.jpg', { headers: client })).status).toBe(429);

    const body = { entryToken: entryTokenOf(w, UNIT), title: '班车' };
    for (let i = 0; i < 60; i++) expect((await both(i).request('POST', '/api/requests/similar', { headers: client, body })).status).toBe(200);
    expect((await a.request('POST', '/api/requests/similar', { headers: client, body })).status).toBe(429);
    // neither used up the right to submit
    expect((await b.request('POST', '/api/requests', { headers: client, body: anonymous() })).status).toBe(201);
  });

  it('stores keys only as keyed hashes: no address and no code in the table', async () => {
    const rows: { bucket: string; key_hash: string }[] = await db.query(`SELECT bucket, key_hash FROM rate_limit`);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.key_hash).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(JSON.stringify(rows)).not.toMatch(/198\.51\.100|127\.0\.0\.1|BS-/);
  });

  describe('wrong tracking secrets', () => {
    const track = (api: Api, code: string, secret: string, headers: Record<string, string>) => api.request('GET', `/api/track/${code}?secret=${secret}`, { headers });
    const answer = (api: Api, code: string, secret: string, headers: Record<string, string>) =>
      api.request('POST', `/api/track/${code}/feedback`, { headers, body: { secret, resolved: 'resolved', satisfaction: 'satisfied' } });
    const fakeCode = (i: number) => `BS-1999-${String(i).padStart(6, '0')}`;
    /** An anonymous request's code and the secret shown once at submission. */
    async function anonymousRequest(): Promise<{ code: string; trackingSecret: string }> {
      const { code, trackingSecret } = await submit(w, null, { unit: UNIT }, { headers: asClient() });
      if (!trackingSecret) throw new Error('an anonymous submission answers its tracking secret');
      return { code, trackingSecret };
    }

    it('limits them per code (10 an hour), whatever the address; the right secret works until then and never counts', async () => {
      const r = await anonymousRequest();
      const other = await anonymousRequest();
      for (let i = 0; i < 9; i++) expect((await track(both(i), r.code, 'wrong-secret', asClient())).status).toBe(404);
      expect((await track(a, r.code, r.trackingSecret, asClient())).status).toBe(200);
      expect((await track(b, r.code, r.trackingSecret, asClient())).status).toBe(200);
      expect((await answer(b, r.code, 'wrong-secret', asClient())).status).toBe(404); // the 10th wrong one, on the answer

      const refused = await track(a, r.code, 'wrong-secret', asClient());
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('RATE_LIMITED');
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual(2 * 3600);
      // over the limit even the right secret waits, on either instance and on the answer too
      expect((await track(b, r.code, r.trackingSecret, asClient())).status).toBe(429);
      expect((await answer(a, r.code, r.trackingSecret, asClient())).status).toBe(429);
      // other codes are not affected
      expect((await track(b, other.code, other.trackingSecret, asClient())).status).toBe(200);

      // once the window has passed (the rows aged by two hours), the right secret works again
      await db.query(`UPDATE rate_limit SET window_start = window_start - interval '2 hours' WHERE bucket = 'track-code'`);
      expect((await track(a, r.code, r.trackingSecret, asClient())).status).toBe(200);
    });

    it('limits them per client (30 in 15 minutes), over any codes; other clients are not affected', async () => {
      const r = await anonymousRequest();
      const client = asClient();
      for (let i = 0; i < 29; i++) expect((await track(both(i), fakeCode(i + 1), 'wrong-secret', client)).status).toBe(404);
      expect((await track(a, r.code, r.trackingSecret, client)).status).toBe(200);
      expect((await answer(b, fakeCode(30), 'wrong-secret', client)).status).toBe(404);

      const refused = await track(a, fakeCode(31), 'wrong-secret', client);
      expect(refused.status).toBe(429);
      expect(refused.body.code).toBe('RATE_LIMITED');
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await track(b, r.code, r.trackingSecret, client)).status).toBe(429);
      expect((await track(b, r.code, r.trackingSecret, asClient())).status).toBe(200);
      // the 30 wrong codes count once each; the refused try and the right secret gave their places back
      const [code] = await db.query(`SELECT count(*)::int AS n FROM rate_limit WHERE bucket = 'track-code' AND count > 0 AND window_start > now() - interval '1 hour'`);
      expect(code.n).toBe(30);
    });
  });
});
