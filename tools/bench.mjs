#!/usr/bin/env node
// `npm run bench`: the request lists, the inbox and the similar-request search with a million requests.
// Builds the API, starts it on a fresh database (embedded PostgreSQL in a temp folder, or a new database on
// DATABASE_URL), bulk-loads requests with SQL, then times real HTTP calls and prints the figures.
// Figures are printed, never asserted: they depend on the machine.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 25);

const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
  cwd: root,
  stdio: 'inherit',
  env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env },
});
if (build.status !== 0) process.exit(build.status ?? 1);
require(join(root, 'dist/api/apps/api/src/register-paths.js'));
const { startEmbeddedPostgres } = require(join(root, 'dist/api/apps/api/src/database/embedded-postgres.js'));
const { Client } = require('pg');

const freePort = () =>
  new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

async function database() {
  const name = `banshishi_bench_${Date.now().toString(36)}`;
  if (process.env.DATABASE_URL) {
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      stop: async () => {
        const c = new Client({ connectionString: process.env.DATABASE_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const folder = mkdtempSync(join(tmpdir(), 'banshishi-bench-'));
  chmodSync(folder, 0o755);
  const pg = await startEmbeddedPostgres({ clusterDir: join(folder, 'pg'), database: name });
  return {
    url: pg.url,
    stop: async () => {
      await pg.stop();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

async function startApp(url) {
  const port = await freePort();
  const child = spawn(process.execPath, [join(root, 'dist/api/apps/api/src/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      SEED_DEMO_REQUESTS: 'false',
      NODE_ENV: 'development',
      WEB_DIR: '/nonexistent',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ready, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('listening on')) ready();
    });
    child.on('exit', (code) => fail(new Error(`the API exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

// The load: requests over two years in every 基层工会, statuses as the years leave them (recent ones still open,
// older ones mostly closed), clocks, and words for the searches.
const LOAD = `
WITH units AS (SELECT array_agg(id ORDER BY path) AS ids FROM org_unit WHERE kind = 'grassroots'),
     cats AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM category),
     words AS (SELECT ARRAY['食堂','排队','宿舍','热水','夜班','班车','工资','加班费','高温','补贴','社保','安全帽','培训','证书','停车','空调','噪音','工伤','体检','子女',
                            '窗口','浴室','电梯','食品','午休','工服','手套','口罩','通勤','路灯','积水','漏雨','网络','快递','食材','菜价','假期','调休','年假','绩效'] AS w),
     rows AS (
       SELECT g, now() - make_interval(secs => (g::double precision * 63.0)) AS at,
              CASE WHEN g <= 2000 THEN (ARRAY['submitted','accepted','in_progress'])[1 + g % 3]
                   WHEN g <= 15000 THEN (ARRAY['accepted','in_progress','in_project','resolved','closed'])[1 + g % 5]
                   ELSE (ARRAY['closed','closed','closed','closed','closed','closed','closed','rejected','merged','withdrawn'])[1 + g % 10] END AS status
       FROM generate_series($1::int, $2::int) AS g)
INSERT INTO request (code, home_unit_id, handling_unit_id, category_id, anonymous, title, description, status, submitted_at, updated_at,
                     response_due_at, response_warn_at, resolution_due_at, resolution_warn_at, search_terms,
                     responded_at, accepted_at, resolved_at, reopen_count)
SELECT 'BS-BENCH-' || g,
       units.ids[1 + g % array_length(units.ids, 1)], units.ids[1 + g % array_length(units.ids, 1)],
       cats.ids[1 + (g / 7) % array_length(cats.ids, 1)], g % 3 <> 0,
       words.w[1 + g % 40] || words.w[1 + (g / 40) % 40] || '的问题第' || g || '号',
       '职工反映' || words.w[1 + g % 40] || '和' || words.w[1 + (g / 13) % 40] || '方面的问题，希望工会帮助协调解决。',
       status, at, at,
       at + interval '2 days', at + interval '38 hours', at + interval '21 days', at + interval '17 days',
       words.w[1 + g % 40] || ' ' || words.w[1 + (g / 40) % 40] || ' ' || words.w[1 + (g / 13) % 40],
       CASE WHEN status <> 'submitted' THEN at + make_interval(mins => g % 3000) END,
       CASE WHEN status NOT IN ('submitted', 'rejected') THEN at + make_interval(mins => g % 3000) END,
       CASE WHEN status IN ('resolved', 'closed') THEN at + make_interval(mins => g % 3000) + make_interval(hours => g % 700) END,
       CASE WHEN g % 23 = 0 THEN 1 ELSE 0 END
FROM rows, units, cats, words`;

// Answers from three in five of the closed requests (latest answer only; a tenth of those answered twice).
const ANSWERS = `
INSERT INTO request_answer (request_id, source, resolved, satisfaction, round, answered_at)
SELECT r.id, 'feedback', (ARRAY['resolved','resolved','resolved','partly','unresolved'])[1 + n % 5],
       (ARRAY['satisfied','satisfied','basically_satisfied','satisfied','dissatisfied'])[1 + (n / 5) % 5], k, r.resolved_at + make_interval(hours => 24 * (k + 1))
FROM (SELECT id, resolved_at, substring(code from 10)::int AS n FROM request WHERE code LIKE 'BS-BENCH-%' AND status = 'closed') r
CROSS JOIN LATERAL generate_series(0, CASE WHEN r.n % 10 = 0 THEN 1 ELSE 0 END) AS k
WHERE r.n % 5 < 3 AND r.n BETWEEN $1 AND $2`;

async function time(label, fn) {
  const samples = [];
  let last;
  for (let i = 0; i < SAMPLES; i++) {
    const start = process.hrtime.bigint();
    last = await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const pct = (p) => samples[Math.min(samples.length - 1, Math.floor(p * samples.length))].toFixed(1);
  console.log(`${label.padEnd(58)} median ${pct(0.5).padStart(7)} ms   p95 ${pct(0.95).padStart(7)} ms   ${last}`);
}

const db = await database();
const app = await startApp(db.url);
try {
  const client = new Client({ connectionString: db.url });
  await client.connect();
  const loadStart = Date.now();
  // In slices, as a real import would: each statement's rollup triggers then sum a slice, not the whole load.
  const SLICE = 100_000;
  for (let first = 1; first <= ROWS; first += SLICE) await client.query(LOAD, [first, Math.min(ROWS, first + SLICE - 1)]);
  for (let first = 1; first <= ROWS; first += SLICE) await client.query(ANSWERS, [first, Math.min(ROWS, first + SLICE - 1)]);
  await client.query('ANALYZE');
  console.log(`loaded ${ROWS.toLocaleString('en')} requests in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);

  const login = async (username) => {
    const res = await fetch(`${app.base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password: 'demo-pass-2026' }),
    });
    return (await res.json()).accessToken;
  };
  const leader = await login('leader');
  const cadre = await login('cadre');
  const get = (token, path) => async () => {
    const res = await fetch(`${app.base}${path}`, { headers: { authorization: `Bearer ${token}` } });
    const body = await res.json();
    if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(body)}`);
    if (Array.isArray(body.items)) return `${body.items.length} rows${body.total === undefined ? '' : ` of ${body.total}`}`;
    if (Array.isArray(body.rows)) return `${body.rows.length} rows`;
    if (body.figures)
      return `响应率 ${body.figures.responseRate.numerator}/${body.figures.responseRate.denominator}, 满意率 denominator ${body.figures.satisfactionRate.denominator}, median response ${body.figures.medianResponseHours.value} h`;
    return Array.isArray(body) ? `${body.length} rows` : 'ok';
  };
  const firstPage = await (await fetch(`${app.base}/api/requests?limit=50`, { headers: { authorization: `Bearer ${leader}` } })).json();
  const someId = firstPage.items[0].id;

  console.log(`\nHTTP, ${SAMPLES} sequential calls each (leader sees all ${ROWS.toLocaleString('en')}; cadre one town, half of them):`);
  await time('GET /api/requests (leader, newest, 50)', get(leader, '/api/requests?limit=50'));
  await time('GET /api/requests page 2 via cursor (leader)', get(leader, `/api/requests?limit=50&cursor=${firstPage.nextCursor}`));
  await time('GET /api/requests?status=submitted (cadre, newest)', get(cadre, '/api/requests?status=submitted&limit=50'));
  await time('GET /api/requests?sort=urgency (cadre inbox)', get(cadre, '/api/requests?sort=urgency&limit=50'));
  await time('GET /api/requests?overdue=true (cadre)', get(cadre, '/api/requests?overdue=true&limit=50'));
  await time('GET /api/requests?q=加班费 (leader)', get(leader, `/api/requests?q=${encodeURIComponent('加班费')}&limit=50`));
  await time('GET /api/requests/counts (leader, all)', get(leader, '/api/requests/counts'));
  await time('GET /api/requests/:id', get(leader, `/api/requests/${someId}`));
  const cadrePage = await (await fetch(`${app.base}/api/requests?sort=urgency&limit=1`, { headers: { authorization: `Bearer ${cadre}` } })).json();
  await time('GET /api/requests/:id/similar (cadre)', get(cadre, `/api/requests/${cadrePage.items[0].id}/similar`));

  const rollupRows = (await client.query('SELECT count(*) AS days FROM request_figure_day')).rows[0];
  console.log(`\nDashboard (rollup: ${Number(rollupRows.days).toLocaleString('en')} unit × category × day rows):`);
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const yearAgo = new Date(Date.now() + 8 * 3_600_000 - 365 * 86_400_000).toISOString().slice(0, 10);
  const twoYears = `from=${new Date(Date.now() + 8 * 3_600_000 - 800 * 86_400_000).toISOString().slice(0, 10)}&to=${today}`;
  await time('GET /api/dashboard/summary (leader, this month)', get(leader, '/api/dashboard/summary'));
  await time('GET /api/dashboard/summary (leader, last 12 months)', get(leader, `/api/dashboard/summary?from=${yearAgo}&to=${today}`));
  await time('GET /api/dashboard/summary (leader, all two years)', get(leader, `/api/dashboard/summary?${twoYears}`));
  await time('GET /api/dashboard/summary (cadre, last 12 months)', get(cadre, `/api/dashboard/summary?from=${yearAgo}&to=${today}`));
  await time('GET /api/dashboard/breakdown?by=unit (leader, 12 months)', get(leader, `/api/dashboard/breakdown?by=unit&from=${yearAgo}&to=${today}`));
  await time('GET /api/dashboard/breakdown?by=month (leader, two years)', get(leader, `/api/dashboard/breakdown?by=month&${twoYears}`));
  await time('GET /api/dashboard/breakdown?by=category (leader, 12 months)', get(leader, `/api/dashboard/breakdown?by=category&from=${yearAgo}&to=${today}`));
  await time(
    'GET /api/dashboard/requests 满意率 denominator (12 months)',
    get(leader, `/api/dashboard/requests?figure=satisfactionRate&part=denominator&from=${yearAgo}&to=${today}`),
  );
  await time('GET /api/dashboard/hotspots (leader, this month)', get(leader, '/api/dashboard/hotspots'));

  if (process.env.BENCH_KEEP) {
    console.log(`\nBENCH_KEEP: database ${db.url} and API ${app.base} stay up; Ctrl-C to stop`);
    await new Promise((done) => process.once('SIGINT', done));
  }
  const rss = spawnSync('ps', ['-o', 'rss=', '-p', String(app.child.pid)], { encoding: 'utf8' }).stdout.trim();
  console.log(`\nAPI process resident memory after the run: ${(Number(rss) / 1024).toFixed(0)} MiB`);
  await client.end();
} finally {
  app.child.kill('SIGTERM');
  await new Promise((done) => app.child.once('exit', done));
  await db.stop();
}
