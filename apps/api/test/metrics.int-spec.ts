// GET /metrics over real HTTP and PostgreSQL: Prometheus text with route patterns (never ids or query strings), the
// submissions by channel as they were made, the pool, the queues and the sweep; off by default, and never the web app's.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClockSweepService } from '../src/modules/implementation/clock-sweep/clock-sweep.service';
import { submit } from './support/factories';
import { bodyOf } from './support/http';
import { testWorld, tokenOf, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const TOKEN = 'metrics-token-for-the-test-0123456789';
const INDEX_HTML = '<!doctype html><title>banshishi web</title>';

interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

/** The samples of a Prometheus text exposition (comments skipped). */
function parseSamples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
      if (!match) throw new Error(`not a sample line: ${line}`);
      const labels = Object.fromEntries([...(match[2] ?? '').matchAll(/(\w+)="((?:[^"\\]|\\.)*)"/g)].map(([, key, value]) => [key, value]));
      return { name: match[1], labels, value: Number(match[3]) };
    });
}

/** The one sample of `name` whose labels include `labels`; undefined when there is none. */
function sampleOf(samples: Sample[], name: string, labels: Record<string, string> = {}): number | undefined {
  const found = samples.filter((s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value));
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} ${JSON.stringify(labels)}`);
  return found[0]?.value;
}

async function webDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'banshishi-web-'));
  await writeFile(join(dir, 'index.html'), INDEX_HTML);
  return dir;
}

describe('metrics (real HTTP, real PostgreSQL)', () => {
  describe('METRICS=on with a token, jobs running, the web app served', () => {
    let t: TestApp;
    let w: TestWorld;
    let web: string;
    let samples: Sample[];
    let text: string;
    /** What must never show in the metrics: ids, request codes, tracking secrets, query strings. */
    const secrets: string[] = [];

    beforeAll(async () => {
      web = await webDir();
      t = await createTestApp({ METRICS: 'on', METRICS_TOKEN: TOKEN, JOBS: 'on', WEB_DIR: web });
      w = await testWorld(t);

      // named: two plain submissions, and one with an Idempotency-Key sent twice (one request, counted once)
      const named = [await submit(w, 'worker'), await submit(w, 'worker')];
      const keyed = { categoryId: w.categoryId, title: '食堂饭菜价格偏高', description: '食堂午餐价格上涨，希望工会与食堂协商。' };
      for (let i = 0; i < 2; i++) {
        const res = await t.request('POST', '/api/requests', { token: tokenOf(w, 'worker'), headers: { 'Idempotency-Key': 'metrics-once' }, body: keyed });
        named.push(bodyOf(res, 201, 'keyed submission'));
      }
      expect(named[2].id).toBe(named[3].id);
      // anonymous: through the QR entry, and a signed-in worker's choice
      const anonymous = [await submit(w, null), await submit(w, 'worker', { anonymous: true })];

      const marker = 'query-marker-7f3e';
      bodyOf(await t.request('GET', `/api/requests/${named[0].id}?from=${marker}`, { token: tokenOf(w, 'cadre') }), 200, 'detail with a query string');
      bodyOf(await t.request('GET', `/api/requests/${named[1].id}`, { token: tokenOf(w, 'cadre') }), 200, 'detail');
      const entry = anonymous[0];
      bodyOf(await t.request('GET', `/api/track/${entry.code}?secret=${encodeURIComponent(entry.trackingSecret ?? '')}`), 200, 'tracking');
      expect((await t.request('GET', '/api/requests/00000000-0000-4000-8000-000000000000', { token: tokenOf(w, 'cadre') })).status).toBe(404);
      // unknown API paths: a GET meets the web app's fallback (which answers 404 under /api), a POST no route at all
      expect((await t.request('GET', `/api/no-such-thing/${named[0].id}?x=${marker}`)).status).toBe(404);
      expect((await t.request('POST', `/api/no-such-thing/${named[0].id}?x=${marker}`)).status).toBe(404);
      expect((await fetch(`${t.baseUrl}/projects/${named[0].id}?tab=${marker}`)).status).toBe(200); // a client-side route: the SPA fallback
      expect((await fetch(`${t.baseUrl}/index.html`)).status).toBe(200); // a file of the web app

      await t.app.get(ClockSweepService).sweep();

      secrets.push(marker, ...[...named, ...anonymous].flatMap((r) => [r.id, r.code]), entry.trackingSecret ?? 'no-secret');
      const res = await fetch(`${t.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
      text = await res.text();
      samples = parseSamples(text);
    });
    afterAll(async () => {
      await t?.close();
      await rm(web, { recursive: true, force: true });
    });

    it('refuses a scrape without the token, or with another', async () => {
      const bare = await t.request('GET', '/metrics');
      expect(bare.status).toBe(401);
      expect(bare.headers.get('www-authenticate')).toBe('Bearer');
      expect(bare.body).toEqual({ code: 'UNAUTHENTICATED', message: expect.any(String) });
      expect((await t.request('GET', '/metrics', { token: `${TOKEN}x` })).status).toBe(401);
    });

    it('times requests by route pattern and status, never by the URL sent', () => {
      const count = (route: string, status: string, method = 'GET') => sampleOf(samples, 'banshishi_http_request_duration_seconds_count', { method, route, status_code: status });
      expect(count('/api/requests/:id', '200')).toBe(2);
      expect(count('/api/requests/:id', '404')).toBe(1);
      expect(count('/api/requests', '201', 'POST')).toBe(6);
      expect(count('/api/track/:code', '200')).toBe(1);
      expect(count('(unmatched)', '404', 'POST')).toBe(1);
      expect(count('(web)', '404')).toBe(1);
      expect(count('(web)', '200')).toBe(2);
      // a histogram: buckets up to +Inf, which holds every observation
      expect(sampleOf(samples, 'banshishi_http_request_duration_seconds_bucket', { route: '/api/requests/:id', status_code: '200', le: '+Inf' })).toBe(2);
      const routes = new Set(samples.filter((s) => s.name.startsWith('banshishi_http_request_duration_seconds')).map((s) => s.labels.route));
      for (const route of routes) expect(route).toMatch(/^(\/api(\/[\w:-]+)*|\/metrics|\(web\)|\(unmatched\))$/);
      for (const secret of secrets) expect(text).not.toContain(secret);
    });

    it('counts the submissions by channel, as they were made (a replay is not a second one)', () => {
      expect(sampleOf(samples, 'banshishi_requests_submitted_total', { channel: 'named' })).toBe(3);
      expect(sampleOf(samples, 'banshishi_requests_submitted_total', { channel: 'anonymous' })).toBe(2);
    });

    it('reports the database pool', () => {
      const inUse = sampleOf(samples, 'banshishi_db_pool_connections', { state: 'in_use' });
      const idle = sampleOf(samples, 'banshishi_db_pool_connections', { state: 'idle' });
      const waiting = sampleOf(samples, 'banshishi_db_pool_waiting_clients');
      for (const value of [inUse, idle, waiting]) expect(Number.isInteger(value) && (value as number) >= 0).toBe(true);
      expect((inUse as number) + (idle as number)).toBeGreaterThan(0);
    });

    it('reports each job queue, the clock sweep and the Node process', () => {
      expect(sampleOf(samples, 'banshishi_job_queue_waiting', { queue: 'clock-sweep' })).toBeGreaterThanOrEqual(0);
      expect(sampleOf(samples, 'banshishi_job_queue_failed', { queue: 'clock-sweep' })).toBe(0);
      // the sweep above, and any the once-a-minute cron ran meanwhile
      expect(sampleOf(samples, 'banshishi_clock_sweep_duration_seconds_count')).toBeGreaterThanOrEqual(1);
      expect(sampleOf(samples, 'banshishi_clock_events_fired_total')).toBeGreaterThanOrEqual(0);
      expect(sampleOf(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
      expect(sampleOf(samples, 'nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
    });

    it('leaves the web app at / and its client-side routes', async () => {
      const res = await fetch(`${t.baseUrl}/requests/new`);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX_HTML);
    });
  });

  describe('METRICS off (the default), the web app served', () => {
    let t: TestApp;
    let web: string;

    beforeAll(async () => {
      web = await webDir();
      t = await createTestApp({ WEB_DIR: web });
    });
    afterAll(async () => {
      await t?.close();
      await rm(web, { recursive: true, force: true });
    });

    it('answers /metrics with a JSON 404, not the web app', async () => {
      const res = await t.request('GET', '/metrics');
      expect(res.status).toBe(404);
      expect(res.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
      expect((await t.request('GET', '/metrics', { token: TOKEN })).status).toBe(404);
    });

    it('still serves the web app and the API', async () => {
      expect(await (await fetch(`${t.baseUrl}/requests/new`)).text()).toBe(INDEX_HTML);
      expect((await t.request('GET', '/api/categories')).status).toBe(200);
    });
  });
});
