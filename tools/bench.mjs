#!/usr/bin/env node
// `npm run bench`: the request lists, the inbox, the similar-request search and the dashboard with a million requests,
// then concurrent submissions. Builds the API, starts it on a fresh database (embedded PostgreSQL in a temp folder, or a
// new database on DATABASE_URL), bulk-loads requests with SQL (rollup triggers off, rollups rebuilt in one pass), times
// real HTTP calls, then has 50 connections submit for 20 s through the API and through a bare node:http + pg handler
// doing the minimal work of a submission on the same database. Figures are printed, never asserted.
// BENCH_ROWS (1,000,000), BENCH_SAMPLES (25), BENCH_WRITE_SECONDS (20), BENCH_CONNECTIONS (50), BENCH_VERIFY=1 (checks
// the one-pass rollups against the triggers' own arithmetic; small BENCH_ROWS only), BENCH_LOAD=triggers (the old
// load through the triggers, in slices), BENCH_KEEP=1 (leave the API and database up at the end).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 25);
const WRITE_SECONDS = Number(process.env.BENCH_WRITE_SECONDS ?? 20);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);

// `node tools/bench.mjs --bare`: the bare handler, in its own process like the API (started by the bench below).
if (process.argv[2] === '--bare') {
  await bareServer();
  await new Promise(() => undefined);
}

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

/** What the embedded PostgreSQL writes to its log while `statementsOf` listens (the SQL an API call runs). */
let postgresLog = { push: () => undefined };

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
  const pg = await startEmbeddedPostgres({ clusterDir: join(folder, 'pg'), database: name, log: (line) => postgresLog.push(line) });
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

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * BENCH_VERIFY: the rollups rebuilt in one pass against the triggers' own arithmetic. In a transaction rolled back at
 * the end, the rollups are emptied and every counted request is excluded through the update trigger, which takes each
 * one out (-1): the rollups must then be exactly minus the rebuilt ones.
 */
async function verifyRollups(client) {
  const columns = (
    await client.query(
      `SELECT column_name FROM information_schema.columns WHERE table_name = 'request_figure_day'
          AND column_name NOT IN ('handling_unit_id', 'day', 'category_id', 'channel', 'slot') ORDER BY ordinal_position`,
    )
  ).rows.map((row) => row.column_name);
  await client.query('BEGIN');
  try {
    for (const table of ['request_figure_day', 'request_figure_month']) {
      await client.query(`CREATE TEMPORARY TABLE ${table}_rebuilt ON COMMIT DROP AS SELECT * FROM ${table}`);
      await client.query(`DELETE FROM ${table}`);
    }
    await client.query('SET CONSTRAINTS ALL IMMEDIATE');
    const { rowCount } = await client.query(`UPDATE request SET excluded_at = now(), excluded_reason = 'bench verify' WHERE excluded_at IS NULL AND status <> 'withdrawn'`);
    for (const table of ['request_figure_day', 'request_figure_month']) {
      const differing = await client.query(
        `SELECT count(*)::int AS n FROM (
           SELECT 1 FROM (SELECT * FROM ${table}_rebuilt UNION ALL SELECT * FROM ${table}) f
            GROUP BY handling_unit_id, day, category_id, channel HAVING ${columns.map((column) => `sum(${column}) <> 0`).join(' OR ')}) d`,
      );
      const keys = await client.query(`SELECT count(*)::int AS n FROM ${table}_rebuilt`);
      console.log(`BENCH_VERIFY ${table}: ${keys.rows[0].n} rebuilt rows over ${rowCount} requests, ${differing.rows[0].n} differ from the triggers' sums`);
    }
  } finally {
    await client.query('ROLLBACK');
  }
}

/** One HTTP call over a keep-alive agent: status 0 for a network error or a timeout. */
function call(base, method, path, { token, body, timeoutMs = 30_000, agent } = {}) {
  return new Promise((done) => {
    const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
    const url = new URL(path, base);
    const headers = { ...(data ? { 'content-type': 'application/json', 'content-length': data.length } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) };
    const req = http.request({ host: url.hostname, port: url.port, path: url.pathname + url.search, method, agent, headers, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode, body: Buffer.concat(chunks).toString() }));
      res.on('error', (error) => done({ status: 0, body: error.message }));
    });
    req.on('timeout', () => req.destroy(new Error(`no answer in ${timeoutMs} ms`)));
    req.on('error', (error) => done({ status: 0, body: error.message }));
    req.end(data);
  });
}

/** `connections` callers, each calling again as soon as answered, for `seconds`: req/s (answered 2xx), p50, p99. */
async function hammer(label, base, method, path, { token, bodyOf, seconds = WRITE_SECONDS, connections = CONNECTIONS } = {}) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies = [];
  let failed = 0;
  let firstFailure;
  let serial = 0;
  const start = Date.now();
  const end = start + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (Date.now() < end) {
        const began = process.hrtime.bigint();
        const res = await call(base, method, path, { token, body: bodyOf?.(serial++), agent });
        if (res.status >= 200 && res.status < 300) latencies.push(Number(process.hrtime.bigint() - began) / 1e6);
        else {
          failed += 1;
          firstFailure ??= `${res.status} ${res.body.slice(0, 160)}`;
        }
      }
    }),
  );
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const pct = (p) => (latencies.length ? latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] : NaN);
  const result = { rps: latencies.length / ((Date.now() - start) / 1000), p50: pct(0.5), p99: pct(0.99) };
  console.log(
    `${label.padEnd(58)} ${result.rps.toFixed(0).padStart(6)} req/s   p50 ${result.p50.toFixed(1).padStart(7)} ms   p99 ${result.p99.toFixed(1).padStart(7)} ms` +
      (failed ? `   ${failed} failed (first: ${firstFailure})` : ''),
  );
  return result;
}

/** GET /api/health/ready every 250 ms (2 s to answer) until stopped: how many probes, how many not 200. */
function probeReady(base) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 8 });
  const answers = [];
  const timer = setInterval(() => answers.push(call(base, 'GET', '/api/health/ready', { agent, timeoutMs: 2000 })), 250);
  return async () => {
    clearInterval(timer);
    const results = await Promise.all(answers);
    agent.destroy();
    const failures = results.filter((res) => res.status !== 200);
    return { sent: results.length, failed: failures.length, first: failures[0] && `${failures[0].status} ${failures[0].body.slice(0, 160)}` };
  };
}

/** The SQL statements (with their parameters) PostgreSQL ran while `fn` ran, from its log (embedded PostgreSQL only). */
async function statementsOf(client, fn) {
  const chunks = [];
  await client.query(`ALTER SYSTEM SET log_statement = 'all'`);
  await client.query('SELECT pg_reload_conf()');
  await sleep(500);
  postgresLog = { push: (line) => chunks.push(line) };
  await fn();
  await sleep(500);
  postgresLog = { push: () => undefined };
  await client.query('ALTER SYSTEM RESET log_statement');
  await client.query('SELECT pg_reload_conf()');
  const text = chunks.join('\n');
  const statements = [];
  const entry = /LOG:\s+(?:execute [^:]*|statement): ([\s\S]*?)(?=\n[^\n]*?(?:LOG|DETAIL):|$)(?:\n[^\n]*?DETAIL:\s+Parameters: ([^\n]*))?/g;
  for (const [, sql, parameters] of text.matchAll(entry)) {
    const params = [];
    for (const [, position, value] of (parameters ?? '').matchAll(/\$(\d+) = (NULL|'(?:[^']|'')*')/g)) {
      params[Number(position) - 1] = value === 'NULL' ? null : value.slice(1, -1).replace(/''/g, "'");
    }
    statements.push({ sql: sql.trim(), params });
  }
  return statements;
}

/** Starts the bare node:http + pg handler (this script with --bare) on the database. */
async function startBare(url, inbox) {
  const port = await freePort();
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--bare'], {
    cwd: root,
    env: { ...process.env, BARE_DATABASE_URL: url, BARE_PORT: String(port), BARE_INBOX: JSON.stringify(inbox) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((ready, fail) => {
    child.stdout.on('data', (chunk) => String(chunk).includes('listening') && ready());
    child.on('exit', (code) => fail(new Error(`the bare handler exited with ${code}`)));
  });
  return {
    base: `http://127.0.0.1:${port}`,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((done) => child.once('exit', done));
    },
  };
}

/**
 * The bare handler: POST /submit inserts the request and its event in one transaction (the minimal work of a
 * submission, on the same tables, indexes and triggers as the API's); GET /inbox runs the SQL the API ran for the
 * cadre's inbox (BARE_INBOX), without authentication. A pool of 20, like the API's.
 */
async function bareServer() {
  const { Pool } = createRequire(import.meta.url)('pg');
  const pool = new Pool({ connectionString: process.env.BARE_DATABASE_URL, max: 20 });
  const inbox = JSON.parse(process.env.BARE_INBOX ?? '[]');
  const submit = async (body) => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const id = randomUUID();
      const now = new Date();
      const [{ n }] = (await client.query(`SELECT nextval('request_code_seq')::int AS n`)).rows;
      await client.query(
        `INSERT INTO request (id, code, home_unit_id, handling_unit_id, category_id, requester_id, anonymous, title, description, status,
                              submitted_at, updated_at, response_due_at, response_warn_at, channel)
         VALUES ($1, $2, $3, $3, $4, $5, false, $6, $7, 'submitted', $8, $8, $9, $10, 'online')`,
        [id, `BS-BARE-${n}`, body.unitId, body.categoryId, body.requesterId, body.title, body.description, now, new Date(+now + 48 * 3_600_000), new Date(+now + 38 * 3_600_000)],
      );
      await client.query(
        `INSERT INTO request_event (request_id, action, from_status, to_status, actor_id, payload, public, at) VALUES ($1, 'submit', NULL, 'submitted', $2, '{}', true, $3)`,
        [id, body.requesterId, now],
      );
      await client.query('COMMIT');
      return { id, code: `BS-BARE-${n}` };
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  };
  const read = async () => {
    let rows = [];
    for (const statement of inbox) rows = (await pool.query(statement.sql, statement.params)).rows;
    return { items: rows };
  };
  http
    .createServer((req, res) => {
      const chunks = [];
      req.on('data', (chunk) => chunks.push(chunk));
      req.on('end', async () => {
        try {
          const posted = req.method === 'POST' && req.url === '/submit';
          if (!posted && req.url !== '/inbox') return void res.writeHead(404).end();
          const answer = JSON.stringify(posted ? await submit(JSON.parse(Buffer.concat(chunks).toString())) : await read());
          res.writeHead(posted ? 201 : 200, { 'content-type': 'application/json' }).end(answer);
        } catch (error) {
          res.writeHead(500, { 'content-type': 'text/plain' }).end(String(error.message));
        }
      });
    })
    .listen(Number(process.env.BARE_PORT), '127.0.0.1', () => console.log('bare handler listening'));
}

/**
 * The write phase: CONNECTIONS submitters for WRITE_SECONDS, all into one unit and category, then spread over every
 * 基层工会 and category, through the API (a signed-in worker: named submissions are not rate limited, only anonymous
 * ones per address) and through the bare handler; /api/health/ready probed all along. Then the cadre's inbox read
 * through the API against the same SQL through the bare handler.
 */
async function writePhase(client, app, cadre) {
  const worker = JSON.parse((await call(app.base, 'POST', '/api/auth/login', { body: { username: 'worker', password: 'demo-pass-2026' } })).body);
  const [home] = (
    await client.query(`SELECT g.unit_id AS id, u.id AS "userId" FROM role_grant g JOIN app_user u ON u.id = g.user_id WHERE u.username = 'worker' AND g.role = 'worker' LIMIT 1`)
  ).rows;
  const units = (await client.query(`SELECT id, entry_token AS "entryToken" FROM org_unit WHERE kind = 'grassroots' ORDER BY path`)).rows;
  const categories = (await client.query(`SELECT id FROM category WHERE active ORDER BY sort_order`)).rows.map((row) => row.id);
  const words = ['食堂排队', '宿舍热水', '夜班班车', '加班费', '高温补贴', '安全帽', '停车位', '空调噪音', '体检安排', '午休场地'];
  const text = (i) => ({
    title: `${words[i % words.length]}的问题（压测${i}）`,
    description: `职工反映${words[i % words.length]}和${words[(i >> 3) % words.length]}方面的问题，希望工会帮助协调解决。`,
  });
  const apiOne = (i) => ({ unitId: home.id, categoryId: categories[0], ...text(i) });
  const apiSpread = (i) => ({ entryToken: units[i % units.length].entryToken, categoryId: categories[Math.floor(i / units.length) % categories.length], ...text(i) });
  const bareOne = (i) => ({ unitId: home.id, categoryId: categories[0], requesterId: home.userId, ...text(i) });
  const bareSpread = (i) => ({
    unitId: units[i % units.length].id,
    categoryId: categories[Math.floor(i / units.length) % categories.length],
    requesterId: home.userId,
    ...text(i),
  });

  const inbox = await statementsOf(client, () => call(app.base, 'GET', '/api/requests?sort=urgency&limit=50', { token: cadre }));
  // what the inbox reads, without the token and role look-ups (auth) and the bench's own statements
  const inboxSql = inbox.filter(({ sql }) => /\bFROM\s+"?request"?\b/i.test(sql) && !/auth_session|pg_reload_conf|ALTER SYSTEM/i.test(sql));
  const bare = await startBare(db.url, inboxSql);
  try {
    console.log(
      `\nWrites: ${CONNECTIONS} connections for ${WRITE_SECONDS} s each (API: the signed-in worker, so no rate limit applies; ${units.length} units × ${categories.length} categories when spread):`,
    );
    const stopProbes = probeReady(app.base);
    const api1 = await hammer('POST /api/requests, one unit and category (API)', app.base, 'POST', '/api/requests', { token: worker.accessToken, bodyOf: apiOne });
    const api2 = await hammer('POST /api/requests, spread over units and categories (API)', app.base, 'POST', '/api/requests', { token: worker.accessToken, bodyOf: apiSpread });
    const probes = await stopProbes();
    const bare1 = await hammer('bare node:http + pg submit, one unit and category', bare.base, 'POST', '/submit', { bodyOf: bareOne });
    const bare2 = await hammer('bare node:http + pg submit, spread', bare.base, 'POST', '/submit', { bodyOf: bareSpread });
    console.log(`API/bare throughput: one unit and category ${(api1.rps / bare1.rps).toFixed(2)}× (goal ≥ 0.5), spread ${(api2.rps / bare2.rps).toFixed(2)}× (goal ≥ 0.7)`);
    console.log(`API p99: ${api1.p99.toFixed(0)} ms and ${api2.p99.toFixed(0)} ms (goal ≤ 250 ms)`);
    console.log(`/api/health/ready during the API writes: ${probes.failed} of ${probes.sent} probes failed (goal 0)${probes.first ? `; first: ${probes.first}` : ''}`);

    console.log(`\nInbox read, 10 connections for 5 s (bare: the ${inboxSql.length} statement(s) the API ran for it, without auth):`);
    const apiInbox = await hammer('GET /api/requests?sort=urgency (cadre, API)', app.base, 'GET', '/api/requests?sort=urgency&limit=50', {
      token: cadre,
      seconds: 5,
      connections: 10,
    });
    const bareInbox = await hammer('the same SQL through bare node:http + pg', bare.base, 'GET', '/inbox', { seconds: 5, connections: 10 });
    console.log(`API/bare inbox throughput: ${(apiInbox.rps / bareInbox.rps).toFixed(2)}× (goal ≥ 0.85)`);
  } finally {
    await bare.stop();
  }
}

async function time(label, fn) {
  const samples = [];
  let last;
  for (let i = 0; i < SAMPLES; i++) {
    const start = process.hrtime.bigint();
    try {
      last = await fn();
    } catch (error) {
      // one call that fails (e.g. an endpoint an older build lacks) is said, and the rest of the run goes on
      return console.log(`${label.padEnd(58)} failed: ${error.message.slice(0, 200)}`);
    }
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
  client.on('error', (error) => console.error(`bench connection: ${error.message}`));
  await client.connect();
  const loadStart = Date.now();
  if (process.env.BENCH_LOAD === 'triggers') {
    // The old way, in slices: each statement's rollup triggers sum a slice.
    const SLICE = 100_000;
    for (let first = 1; first <= ROWS; first += SLICE) await client.query(LOAD, [first, Math.min(ROWS, first + SLICE - 1)]);
    for (let first = 1; first <= ROWS; first += SLICE) await client.query(ANSWERS, [first, Math.min(ROWS, first + SLICE - 1)]);
  } else {
    // One transaction: the tables' triggers off for this load only (ALTER TABLE holds the tables until COMMIT, so no
    // other writer goes uncounted), every row in one statement, the rollups rebuilt in one pass, the requests queued
    // for hotspot terms in one statement, the triggers back on. The terms themselves are worked out when a dashboard
    // first needs them, as for any request.
    await client.query('BEGIN');
    await client.query(`SET LOCAL work_mem = '256MB'`);
    await client.query(`SET LOCAL maintenance_work_mem = '256MB'`);
    await client.query('ALTER TABLE request DISABLE TRIGGER USER');
    await client.query('ALTER TABLE request_answer DISABLE TRIGGER USER');
    // The rows are made valid by construction (units, categories and requests read from the tables themselves), so the
    // foreign keys' per-row checks are skipped for this transaction too (a superuser's setting: embedded PostgreSQL's
    // role is one; elsewhere the checks stay on and the load is slower, not wrong).
    const [{ superuser }] = (await client.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)).rows;
    if (superuser) await client.query(`SET LOCAL session_replication_role = replica`);
    // The request table's indexes (but those of its keys) are built once after the rows are in rather than grown row by
    // row: the trigram and full-text GIN indexes above all.
    const indexes = (
      await client.query(
        `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition FROM pg_index i
          WHERE i.indrelid = 'request'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
      )
    ).rows;
    for (const { name } of indexes) await client.query(`DROP INDEX ${name}`);
    const insertStart = Date.now();
    await client.query(LOAD, [1, ROWS]);
    await client.query(ANSWERS, [1, ROWS]);
    const insertMs = Date.now() - insertStart;
    const indexStart = Date.now();
    for (const { definition } of indexes) await client.query(definition);
    const indexMs = Date.now() - indexStart;
    const rebuildStart = Date.now();
    await client.query('SELECT figure_rollups_rebuild()');
    const rebuildMs = Date.now() - rebuildStart;
    // what the hotspot-term triggers would have queued for tagging, when this schema has them
    const [{ enqueue }] = (await client.query(`SELECT to_regproc('hotspot_terms_enqueue_missing') IS NOT NULL AS enqueue`)).rows;
    if (enqueue) await client.query('SELECT hotspot_terms_enqueue_missing()');
    if (superuser) await client.query(`SET LOCAL session_replication_role = origin`);
    await client.query('ALTER TABLE request ENABLE TRIGGER USER');
    await client.query('ALTER TABLE request_answer ENABLE TRIGGER USER');
    await client.query('COMMIT');
    const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
    console.log(`(rows ${seconds(insertMs)}, ${indexes.length} indexes built after ${seconds(indexMs)}, rollups rebuilt in one pass ${seconds(rebuildMs)})`);
  }
  // VACUUM too: the visibility map lets the live counts and lists use index-only scans from the first call, as they
  // would on a database that grew over the years (autovacuum would otherwise be working through the load meanwhile).
  await client.query('VACUUM (ANALYZE)');
  console.log(`loaded ${ROWS.toLocaleString('en')} requests in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);
  if (process.env.BENCH_VERIFY) await verifyRollups(client);

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
  // The first call tags the period's new requests with their terms (jieba, once per request); later calls read the counts.
  const tagStart = Date.now();
  const hotspots = await (await fetch(`${app.base}/api/dashboard/hotspots`, { headers: { authorization: `Bearer ${leader}` } })).json();
  console.log(`${'GET /api/dashboard/hotspots first call (tags the period)'.padEnd(58)} ${String(Date.now() - tagStart).padStart(14)} ms`);
  await time('GET /api/dashboard/hotspots (leader, this month)', get(leader, '/api/dashboard/hotspots'));
  const [top] = hotspots.clusters;
  const cluster = `clusterUnitId=${top.unitId}&categoryId=${top.categoryId}&month=${top.month}`;
  await time(`GET /api/dashboard/hotspots/requests (opened, ${top.count} ids)`, get(leader, `/api/dashboard/hotspots/requests?${cluster}`));

  await writePhase(client, app, cadre);

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
