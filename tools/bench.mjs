#!/usr/bin/env node
// `npm run bench`: the request lists, the inbox, the similar-request search and the dashboard with a million requests,
// then concurrent submissions. Builds the API, starts it on a fresh database (embedded PostgreSQL in a temp folder, or a
// new database on DATABASE_URL), bulk-loads requests, their timelines and answers with SQL in two sessions (triggers
// off, indexes built after, rollups rebuilt in one pass: bulkLoad), prints the bytes a request takes, times real HTTP
// calls, then has 50 connections submit for 20 s through the API and through a bare node:http + pg handler doing the
// minimal work of a submission on the same database. Figures are printed, never asserted.
// BENCH_ROWS (1,000,000; 10,000,000 spreads them over five years), BENCH_SAMPLES (25), BENCH_WRITE_SECONDS (20),
// BENCH_CONNECTIONS (50), BENCH_VERIFY=1 (checks the one-pass rollups against the triggers' own arithmetic, and the
// timelines; small BENCH_ROWS only), BENCH_LOAD=triggers (the old load through the triggers, in slices),
// BENCH_TIMELINE=full (every step of each request's timeline, not only its first and last), BENCH_LOAD_ONLY=1 (the
// load and its figures, no HTTP), BENCH_KEEP=1 (leave the API and database up at the end).
import { spawn, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiProcess } from './api-runtime.mjs';

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
  const api = apiProcess({
    ...process.env,
    DATABASE_URL: url,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    SEED_DEMO_REQUESTS: 'false',
    NODE_ENV: 'development',
    WEB_DIR: '/nonexistent',
  });
  const child = spawn(process.execPath, api.args, { cwd: root, env: api.env, stdio: ['ignore', 'pipe', 'inherit'] });
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

// The load: requests in every 基层工会, statuses as the years leave them (recent ones still open, older ones mostly
// closed), clocks, words for the searches, each request's timeline (request_event, in its monthly partitions) and
// answers. Every value is a function of the request's number g and the load's `now` ($1), so the requests, their
// events and their answers are generated independently (in two sessions at once) and agree: the request's id is
// made from g too.
//
// The span: up to 1,000,000 requests one every 63 s (two years at a million, as before, so the figures compare);
// beyond, the span grows towards five years at ten million (~167,000 requests a month, a province's volume, so
// "this month" and the dashboards' periods hold what a provincial deployment's would). The open backlog stays the
// newest 15,000 requests at any size (the inbox, urgency and similar-request searches see the same backlog).
const SPAN_SECONDS = Math.max(ROWS * 63, Math.min(5 * 365.25 * 86_400, 2 * 365.25 * 86_400 + (3 * 365.25 * 86_400 * (ROWS - 1_000_000)) / 9_000_000));
const SPACING = SPAN_SECONDS / ROWS;
const ROW = `
  SELECT g, at, status, ('00000000-0000-4000-8000-' || lpad(to_hex(g), 12, '0'))::uuid AS id,
         CASE WHEN status <> 'submitted' THEN at + make_interval(mins => g % 3000) END AS responded_at,
         CASE WHEN status NOT IN ('submitted', 'rejected') THEN at + make_interval(mins => g % 3000) END AS accepted_at,
         CASE WHEN status IN ('resolved', 'closed') THEN at + make_interval(mins => g % 3000) + make_interval(hours => g % 700) END AS resolved_at
    FROM (SELECT g, $1::timestamptz - make_interval(secs => g * ${SPACING}::float8) AS at,
                 CASE WHEN g <= 2000 THEN (ARRAY['submitted','accepted','in_progress'])[1 + g % 3]
                      WHEN g <= 15000 THEN (ARRAY['accepted','in_progress','in_project','resolved','closed'])[1 + g % 5]
                      ELSE (ARRAY['closed','closed','closed','closed','closed','closed','closed','rejected','merged','withdrawn'])[1 + g % 10] END AS status
            FROM generate_series($2::int, $3::int) AS g OFFSET 0) s OFFSET 0`;
const LOAD = `
WITH units AS (SELECT array_agg(id ORDER BY path) AS ids FROM org_unit WHERE kind = 'grassroots'),
     cats AS (SELECT array_agg(id ORDER BY sort_order) AS ids FROM category),
     words AS (SELECT ARRAY['食堂','排队','宿舍','热水','夜班','班车','工资','加班费','高温','补贴','社保','安全帽','培训','证书','停车','空调','噪音','工伤','体检','子女',
                            '窗口','浴室','电梯','食品','午休','工服','手套','口罩','通勤','路灯','积水','漏雨','网络','快递','食材','菜价','假期','调休','年假','绩效'] AS w)
INSERT INTO request (id, code, home_unit_id, handling_unit_id, category_id, anonymous, title, description, status, submitted_at, updated_at,
                     response_due_at, response_warn_at, resolution_due_at, resolution_warn_at, search_terms,
                     responded_at, accepted_at, resolved_at, reopen_count)
SELECT id, 'BS-BENCH-' || g,
       units.ids[1 + g % array_length(units.ids, 1)], units.ids[1 + g % array_length(units.ids, 1)],
       cats.ids[1 + (g / 7) % array_length(cats.ids, 1)], g % 3 <> 0,
       words.w[1 + g % 40] || words.w[1 + (g / 40) % 40] || '的问题第' || g || '号',
       '职工反映' || words.w[1 + g % 40] || '和' || words.w[1 + (g / 13) % 40] || '方面的问题，希望工会帮助协调解决。',
       status, at, at,
       at + interval '2 days', at + interval '38 hours', at + interval '21 days', at + interval '17 days',
       words.w[1 + g % 40] || ' ' || words.w[1 + (g / 40) % 40] || ' ' || words.w[1 + (g / 13) % 40],
       responded_at, accepted_at, resolved_at,
       CASE WHEN g % 23 = 0 THEN 1 ELSE 0 END
FROM (${ROW}) r, units, cats, words`;

// Answers from three in five of the closed requests (latest answer only; a tenth of those answered twice).
const ANSWER = `
  SELECT (ARRAY['resolved','resolved','resolved','partly','unresolved'])[1 + g % 5] AS resolved,
         (ARRAY['satisfied','satisfied','basically_satisfied','satisfied','dissatisfied'])[1 + (g / 5) % 5] AS satisfaction`;
const ANSWERS = `
INSERT INTO request_answer (request_id, source, resolved, satisfaction, round, answered_at)
SELECT r.id, 'feedback', a.resolved, a.satisfaction, k, r.resolved_at + make_interval(hours => 24 * (k + 1))
FROM (${ROW}) r CROSS JOIN LATERAL (${ANSWER}) a
CROSS JOIN (VALUES (0), (1)) AS rounds(k)
WHERE r.status = 'closed' AND r.g % 5 < 3 AND (k = 0 OR r.g % 10 = 0)`;

// What the hotspot-terms trigger queues for every new request (hotspot_terms_enqueue, migration 1764302310000).
const PENDING = `
INSERT INTO hotspot_terms_pending (request_id, handling_unit_id, submitted_at)
SELECT r.id, units.ids[1 + r.g % array_length(units.ids, 1)], r.at
FROM (${ROW}) r, (SELECT array_agg(id ORDER BY path) AS ids FROM org_unit WHERE kind = 'grassroots') units`;

// Each request's timeline as the API writes it (request-transitions.service.ts: one event per action, in order): its
// 提交 (submit), then the event of the action that left it in its status — 受理 (accept), 不予受理 (reject), 交办
// (assign), 纳入项目 (link_project), 办结 (resolve), 合并 (merge), 撤回 (withdraw), and for a closed one 评价 (feedback,
// with its latest answer) or 超期未评自动关闭 (close_unrated, a week after resolving). BENCH_TIMELINE=full writes the
// steps between too (accept, assign, resolve: ~4.3 events a request instead of ~2), for the bytes a fuller history
// takes; the default keeps a million-request load within its minute (the events are the load's largest table).
// Ids are 8·g + step, so a request's events sort by id in the order they happened (the detail's timeline reads them
// ORDER BY id); the id sequence is moved past them after the load. A request answered twice shows its latest answer only.
const FULL_TIMELINE = process.env.BENCH_TIMELINE === 'full';
const reached = (status, step) => (FULL_TIMELINE ? step : `r.status = '${status}'`);
const EVENTS = `
INSERT INTO request_event (id, request_id, action, from_status, to_status, actor_id, payload, public, at)
SELECT 8 * r.g + e.step, r.id, e.action, e.from_status, e.to_status, NULL, e.payload, true, e.at
FROM (${ROW}) r CROSS JOIN LATERAL (${ANSWER}) a
CROSS JOIN LATERAL (VALUES
  (0, 'submit', NULL, 'submitted', '{}'::jsonb, r.at, true),
  (1, 'accept', 'submitted', 'accepted', '{}', r.accepted_at, ${reached('accepted', 'r.accepted_at IS NOT NULL')}),
  (1, 'reject', 'submitted', 'rejected', '{"reason": "不属于工会受理范围，已告知向有关部门反映"}', r.responded_at, r.status = 'rejected'),
  (2, 'assign', 'accepted', 'in_progress', '{}', r.accepted_at, ${reached('in_progress', `r.status IN ('in_progress', 'resolved', 'closed')`)}),
  (2, 'link_project', 'accepted', 'in_project', '{}', r.accepted_at + interval '1 day', r.status = 'in_project'),
  (2, 'merge', 'accepted', 'merged', '{}', r.accepted_at + interval '1 hour', r.status = 'merged'),
  (2, 'withdraw', 'accepted', 'withdrawn', '{}', r.accepted_at + interval '1 hour', r.status = 'withdrawn'),
  (3, 'resolve', 'in_progress', 'resolved', '{"resolution": "已与单位协调，问题已解决"}', r.resolved_at, ${reached('resolved', 'r.resolved_at IS NOT NULL')}),
  (4, 'feedback', 'resolved', 'closed', jsonb_build_object('resolved', a.resolved, 'satisfaction', a.satisfaction),
      r.resolved_at + make_interval(hours => CASE WHEN r.g % 10 = 0 THEN 48 ELSE 24 END), r.status = 'closed' AND r.g % 5 < 3),
  (4, 'close_unrated', 'resolved', 'closed', '{}', r.resolved_at + interval '7 days', r.status = 'closed' AND r.g % 5 >= 3)
) AS e(step, action, from_status, to_status, payload, at, happened)
WHERE e.happened`;

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
  // The timelines: every request has its submit event first and ends in its status, in time order, in its month's
  // partition; an answered request's last event is its feedback.
  const [timelines] = (
    await client.query(
      `SELECT count(*)::int AS requests,
              count(*) FILTER (WHERE e.first_action IS DISTINCT FROM 'submit')::int AS "withoutSubmit",
              count(*) FILTER (WHERE e.last_status IS DISTINCT FROM r.status)::int AS "endingElsewhere",
              count(*) FILTER (WHERE (e.last_action = 'feedback') <> EXISTS (SELECT 1 FROM request_answer a WHERE a.request_id = r.id))::int AS "answersDiffering",
              coalesce(sum(e.back_in_time), 0)::int AS "backInTime",
              (SELECT count(*)::int FROM request_event_default) AS "inDefault",
              count(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM hotspot_terms_pending p WHERE p.request_id = r.id))::int AS "notQueued"
         FROM request r
         LEFT JOIN (SELECT request_id, (array_agg(action ORDER BY id))[1] AS first_action, (array_agg(to_status ORDER BY id DESC))[1] AS last_status,
                           (array_agg(action ORDER BY id DESC))[1] AS last_action, count(*) FILTER (WHERE at < previous_at) AS back_in_time
                      FROM (SELECT *, lag(at) OVER (PARTITION BY request_id ORDER BY id) AS previous_at FROM request_event) e GROUP BY request_id) e
           ON e.request_id = r.id`,
    )
  ).rows;
  console.log(
    `BENCH_VERIFY timelines of ${timelines.requests} requests: ${timelines.withoutSubmit} without a first submit event, ${timelines.endingElsewhere} not ending in their status, ` +
      `${timelines.answersDiffering} whose feedback event and answers disagree, ${timelines.backInTime} events before the one above them, ${timelines.inDefault} events outside a month partition; ${timelines.notQueued} requests not queued for hotspot terms`,
  );
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

/** The API process's resident memory, in MiB. */
function rssOf(app) {
  return Math.round(Number(spawnSync('ps', ['-o', 'rss=', '-p', String(app.child.pid)], { encoding: 'utf8' }).stdout.trim()) / 1024);
}

/** Stops the API (SIGTERM) and waits for it to exit. */
async function stopApp(app) {
  if (app.child.exitCode !== null || app.child.signalCode !== null) return;
  const exited = new Promise((done) => app.child.once('exit', done));
  app.child.kill('SIGTERM');
  await exited;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/** Two connections (one per core here) working through `tasks` (each `(client) => Promise`), longest first. */
async function onTwoConnections(url, tasks, prepare) {
  const clients = await Promise.all(
    [0, 1].map(async () => {
      const c = new Client({ connectionString: url });
      await c.connect();
      await prepare(c);
      return c;
    }),
  );
  const queue = [...tasks];
  try {
    await Promise.all(
      clients.map(async (c) => {
        for (let task = queue.shift(); task; task = queue.shift()) await task(c, queue);
      }),
    );
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}

/**
 * The bulk load, with the API stopped (nothing else writes). The tables' triggers are off and the foreign keys'
 * per-row checks skipped (session_replication_role = replica, a superuser's setting: embedded PostgreSQL's role is
 * one; elsewhere the checks stay on and the load is slower, not wrong): the rows are valid by construction (units,
 * categories and request ids read or made by the load itself). The indexes of the loaded tables (but the primary keys
 * others reference) are dropped, and built once after the rows are in rather than grown row by row. Two sessions insert
 * a half each (requests, answers and events, each a function of the request's number); then the same two sessions
 * build the indexes, rebuild the rollups in one pass (figure_rollups_rebuild, the triggers' arithmetic) and queue the
 * requests for hotspot terms (worked out when a dashboard first needs them, as for any request), longest task first;
 * the triggers go back on, and VACUUM ANALYZE. WAL is let grow for the load (no checkpoint in the middle of it).
 */
async function bulkLoad(url, client) {
  const [{ superuser }] = (await client.query(`SELECT rolsuper AS superuser FROM pg_roles WHERE rolname = current_user`)).rows;
  if (superuser) {
    await client.query(`ALTER SYSTEM SET max_wal_size = '${Math.min(16, 2 + Math.ceil(ROWS / 500_000))}GB'`);
    await client.query(`ALTER SYSTEM SET checkpoint_timeout = '1h'`);
    await client.query('SELECT pg_reload_conf()');
  }
  const tables = ['request', 'request_answer', 'request_event', 'hotspot_terms_pending'];
  for (const table of tables) await client.query(`ALTER TABLE ${table} DISABLE TRIGGER USER`);
  const now = new Date();
  await client.query(`SELECT ensure_month_partitions($1::timestamptz - make_interval(secs => $2), $1::timestamptz + interval '60 days')`, [now, SPAN_SECONDS + 86_400]);
  // Indexes, and unique constraints no foreign key references (request.code's is filled in text order, not in the
  // order of the load): dropped now, made again after.
  const dropped = (
    await client.query(
      `SELECT i.indexrelid::regclass::text AS name, i.indrelid::regclass::text AS "table", pg_get_indexdef(i.indexrelid) AS definition,
              c.conname AS constraint, pg_get_constraintdef(c.oid) AS "constraintDefinition", t.relkind = 'p' AS partitioned
         FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid
        WHERE i.indrelid = ANY($1::regclass[])
          AND (c.oid IS NULL OR (t.relkind = 'r' AND NOT EXISTS (SELECT 1 FROM pg_constraint f WHERE f.contype = 'f' AND f.conindid = i.indexrelid)))`,
      [tables],
    )
  ).rows.filter((index) => !(index.constraint && index.partitioned));
  for (const index of dropped) {
    await client.query(index.constraint ? `ALTER TABLE ${index.table} DROP CONSTRAINT ${index.constraint}` : `DROP INDEX ${index.name}`);
  }
  const loadSession = async (c) => {
    await c.query(`SET work_mem = '256MB'`);
    if (superuser) await c.query(`SET session_replication_role = replica`);
  };

  const insertStart = Date.now();
  const half = Math.ceil(ROWS / 2);
  const inserted = { request: 0, request_answer: 0, request_event: 0, hotspot_terms_pending: 0 };
  await onTwoConnections(
    url,
    [
      [1, half],
      [half + 1, ROWS],
    ].map(([first, last]) => async (c) => {
      if (first > last) return;
      await c.query('BEGIN');
      for (const [table, statement] of [
        ['request', LOAD],
        ['request_answer', ANSWERS],
        ['request_event', EVENTS],
        ['hotspot_terms_pending', PENDING],
      ]) {
        const start = Date.now();
        const { rowCount } = await c.query(statement, [now, first, last]);
        inserted[table] += rowCount;
        if (process.env.BENCH_LOAD_ONLY) console.log(`  ${table} ${first}…${last}: ${rowCount} rows in ${seconds(Date.now() - start)}`);
      }
      await c.query('COMMIT');
    }),
    loadSession,
  );
  await client.query(`SELECT setval(pg_get_serial_sequence('request_event', 'id'), (SELECT max(id) FROM request_event))`);
  const insertMs = Date.now() - insertStart;

  // What is built after: every dropped index (a partitioned one partition by partition, then attached by the parent's
  // CREATE INDEX), the rollups, the hotspot queue (whose own indexes follow it).
  const built = [];
  const timed = (label, sql) => async (c) => {
    const start = Date.now();
    await c.query(sql);
    built.push({ label, ms: Date.now() - start });
  };
  const partitions = (await client.query(`SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = 'request_event'::regclass ORDER BY 1`)).rows.map(
    (row) => row.name,
  );
  const rebuild = (index) => timed(index.name, index.constraint ? `ALTER TABLE ${index.table} ADD CONSTRAINT ${index.constraint} ${index.constraintDefinition}` : index.definition);
  const later = [];
  const indexTasks = [];
  for (const index of dropped) {
    if (!index.partitioned) {
      indexTasks.push({ size: (index.definition.includes('USING gin') ? 4 : 1) * (index.table === 'request' ? 1 : 0.5), task: rebuild(index) });
      continue;
    }
    const perPartition = index.definition.replace(/^CREATE (UNIQUE )?INDEX \S+ ON ONLY \S+ /, 'CREATE $1INDEX ON %s ');
    if (perPartition === index.definition) throw new Error(`cannot build ${index.definition} per partition`);
    for (const partition of partitions) indexTasks.push({ size: 3 / partitions.length, task: timed(`${index.name} (${partition})`, perPartition.replace('%s', partition)) });
    // the parent's index, made when its partitions' are (they are found and attached, not built again)
    later.push(timed(index.name, index.definition.replace(' ON ONLY ', ' ON ')));
  }
  indexTasks.sort((a, b) => b.size - a.size);
  const buildStart = Date.now();
  let rollupsMs = 0;
  await onTwoConnections(
    url,
    [
      async (c) => {
        const start = Date.now();
        await c.query('SELECT figure_rollups_rebuild()');
        rollupsMs = Date.now() - start;
      },
      ...indexTasks.map((t) => t.task),
      ...later,
    ],
    async (c) => {
      await loadSession(c);
      await c.query(`SET maintenance_work_mem = '1GB'`);
      await c.query('SET max_parallel_maintenance_workers = 0');
    },
  );
  const buildMs = Date.now() - buildStart;
  for (const table of tables) await client.query(`ALTER TABLE ${table} ENABLE TRIGGER USER`);

  // VACUUM too: the visibility map lets the live counts and lists use index-only scans from the first call, as they
  // would on a database that grew over the years (autovacuum would otherwise be working through the load meanwhile).
  // The request table in one session, everything else in the other.
  const vacuumStart = Date.now();
  const others = (
    await client.query(`SELECT string_agg(quote_ident(relname), ', ') AS list FROM pg_class
                         WHERE relnamespace = current_schema()::regnamespace AND relkind IN ('r', 'p', 'm') AND relname <> 'request' AND NOT relispartition`)
  ).rows[0].list;
  await onTwoConnections(
    url,
    [(c) => c.query('VACUUM (ANALYZE, INDEX_CLEANUP OFF) request'), (c) => c.query(`VACUUM (ANALYZE, INDEX_CLEANUP OFF) ${others}`)],
    async () => undefined,
  );
  const vacuumMs = Date.now() - vacuumStart;
  if (superuser) {
    await client.query('ALTER SYSTEM RESET max_wal_size');
    await client.query('ALTER SYSTEM RESET checkpoint_timeout');
    await client.query('SELECT pg_reload_conf()');
  }
  const top = built.sort((a, b) => b.ms - a.ms).slice(0, 6);
  console.log(
    `(rows ${seconds(insertMs)} on 2 sessions: ${inserted.request.toLocaleString('en')} requests, ${inserted.request_event.toLocaleString('en')} events, ` +
      `${inserted.request_answer.toLocaleString('en')} answers, ${inserted.hotspot_terms_pending.toLocaleString('en')} queued for hotspot terms; ` +
      `then on 2 sessions ${seconds(buildMs)}: ${dropped.length} indexes (${built.length} builds), rollups rebuilt in one pass ${seconds(rollupsMs)}; VACUUM ANALYZE ${seconds(vacuumMs)})`,
  );
  console.log(`(longest index builds: ${top.map((b) => `${b.label} ${seconds(b.ms)}`).join(', ')})`);
}

/** Bytes per request on disk (heap, TOAST and indexes): requests, their events (all partitions), answers, rollups. */
async function printBytesPerRequest(client) {
  const groups = {
    request: ['request'],
    request_event: ['request_event'],
    request_answer: ['request_answer'],
    'rollups and hotspot terms': ['request_figure_day', 'request_figure_month', 'hotspot_term_day', 'hotspot_term_month', 'hotspot_terms_pending', 'request_hotspot_terms'],
  };
  const { rows } = await client.query(
    `SELECT t.name, coalesce(sum(pg_total_relation_size(c.oid)), 0)::bigint AS bytes
       FROM unnest($1::text[]) AS t(name)
       LEFT JOIN pg_class c ON c.oid = to_regclass(t.name) OR c.oid IN (SELECT relid FROM pg_partition_tree(to_regclass(t.name)) WHERE isleaf AND relid <> to_regclass(t.name))
      GROUP BY t.name`,
    [Object.values(groups).flat()],
  );
  const bytes = Object.fromEntries(rows.map((row) => [row.name, Number(row.bytes)]));
  const [{ n, events }] = (
    await client.query(
      `SELECT (SELECT count(*) FROM request)::bigint AS n,
              (SELECT sum(c.reltuples) FROM pg_partition_tree('request_event') t JOIN pg_class c ON c.oid = t.relid WHERE t.isleaf)::bigint AS events`,
    )
  ).rows;
  const per = (names) => names.reduce((sum, name) => sum + (bytes[name] ?? 0), 0) / Number(n);
  const parts = Object.entries(groups).map(([label, names]) => `${label} ${per(names).toFixed(0)}`);
  const total = per(Object.values(groups).flat());
  console.log(
    `bytes per request: ${total.toFixed(0)} (${parts.join(', ')}; heap, TOAST and indexes; ${((total * Number(n)) / 2 ** 30).toFixed(2)} GiB over ` +
      `${Number(n).toLocaleString('en')} requests; ${(Number(events) / Number(n)).toFixed(1)} events a request, ${(per(groups.request_event) / (Number(events) / Number(n))).toFixed(0)} bytes an event)`,
  );
}

/** The HTTP figures, the write phase and the API's memory, on the loaded database. */
async function measure(client, app) {
  const rss = { started: rssOf(app) };
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
  rss.reads = rssOf(app);
  // The first call tags the period's new requests with their terms (jieba, once per request); later calls read the counts.
  const tagStart = Date.now();
  const hotspots = await (await fetch(`${app.base}/api/dashboard/hotspots`, { headers: { authorization: `Bearer ${leader}` } })).json();
  console.log(`${'GET /api/dashboard/hotspots first call (tags the period)'.padEnd(58)} ${String(Date.now() - tagStart).padStart(14)} ms`);
  await time('GET /api/dashboard/hotspots (leader, this month)', get(leader, '/api/dashboard/hotspots'));
  const [top] = hotspots.clusters;
  const cluster = `clusterUnitId=${top.unitId}&categoryId=${top.categoryId}&month=${top.month}`;
  await time(`GET /api/dashboard/hotspots/requests (opened, ${top.count} ids)`, get(leader, `/api/dashboard/hotspots/requests?${cluster}`));

  rss.hotspots = rssOf(app);

  await writePhase(client, app, cadre);

  if (process.env.BENCH_KEEP) {
    console.log(`\nBENCH_KEEP: database ${db.url} and API ${app.base} stay up; Ctrl-C to stop`);
    await new Promise((done) => process.once('SIGINT', done));
  }
  rss.after = rssOf(app);
  console.log(
    `\nAPI process resident memory after the run: ${rss.after} MiB (after start ${rss.started}, after the reads ${rss.reads}, after the hotspots ${rss.hotspots}; goal ≤ 250 MiB at 1M, ≤ 300 MiB at 10M)`,
  );
}

const db = await database();
// The API runs the migrations and the seed, then stops for the load (so no job of its own writes uncounted while the
// triggers are off) and starts again on the loaded database.
let app;
try {
  app = await startApp(db.url);
  await stopApp(app);
  const client = new Client({ connectionString: db.url });
  client.on('error', (error) => console.error(`bench connection: ${error.message}`));
  await client.connect();
  const loadStart = Date.now();
  if (process.env.BENCH_LOAD === 'triggers') {
    // The old way, in slices: each statement's rollup triggers sum a slice.
    const SLICE = 100_000;
    const now = new Date();
    await client.query(`SELECT ensure_month_partitions($1::timestamptz - make_interval(secs => $2), $1::timestamptz + interval '60 days')`, [now, SPAN_SECONDS + 86_400]);
    for (const statement of [LOAD, ANSWERS, EVENTS]) {
      for (let first = 1; first <= ROWS; first += SLICE) await client.query(statement, [now, first, Math.min(ROWS, first + SLICE - 1)]);
    }
    await client.query(`SELECT setval(pg_get_serial_sequence('request_event', 'id'), (SELECT max(id) FROM request_event))`);
    await client.query('VACUUM (ANALYZE)');
  } else {
    await bulkLoad(db.url, client);
  }
  console.log(`loaded ${ROWS.toLocaleString('en')} requests in ${((Date.now() - loadStart) / 1000).toFixed(1)} s`);
  await printBytesPerRequest(client);
  if (process.env.BENCH_VERIFY) await verifyRollups(client);

  // BENCH_LOAD_ONLY: the load and its figures only (to measure the loader).
  if (!process.env.BENCH_LOAD_ONLY) {
    app = await startApp(db.url);
    await measure(client, app);
  } else if (process.env.BENCH_KEEP) {
    console.log(`\nBENCH_KEEP: database ${db.url} stays up; Ctrl-C to stop`);
    await new Promise((done) => process.once('SIGINT', done));
  }
  await client.end();
} finally {
  if (app) await stopApp(app);
  await db.stop();
}
