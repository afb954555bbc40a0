#!/usr/bin/env node
// `npm run bench:web`: what a page costs a phone. Builds the app, starts it as `npm start` does (on a free port, with
// the demo data, on an embedded PostgreSQL in a temp folder), then, in Debian's Chromium:
// - per page (the QR entry page /s/<token>, /requests/new as a worker, /inbox as a cadre, /dashboard as a leader,
//   /track), once its form, table or chart is shown and the network has gone quiet: the gzipped bytes of the
//   JavaScript and CSS it loaded (each file's decoded body, gzip -9: comparable whatever the server sent), the bytes
//   that travelled (as sent: brotli, gzip or plain), and the number of requests;
// - Lighthouse's mobile performance score and largest contentful paint for /s/<token> and /requests/new (its default
//   mobile preset: a mid-range phone, simulated slow 4G and a 4× slower CPU), median of BENCH_WEB_RUNS (1) runs.
// Figures are printed, never asserted. `--no-build` uses the dist/ already there.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { apiProcess } from './api-runtime.mjs';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The browser tests' flags (apps/web-e2e/src/support/browser.ts).
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 1);
const PASSWORD = process.env.DEMO_PASSWORD ?? 'demo-pass-2026';
const PHONE = { viewport: { width: 375, height: 812 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true };

if (!existsSync(CHROMIUM)) {
  console.error(`bench:web: Chromium is missing at ${CHROMIUM} (apt-get install -y chromium, or CHROMIUM_PATH)`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', ...process.env },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
require(join(root, 'dist/api/apps/api/src/register-paths.js'));
const { startEmbeddedPostgres } = require(join(root, 'dist/api/apps/api/src/database/embedded-postgres.js'));

const freePort = () =>
  new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

const folder = mkdtempSync(join(tmpdir(), 'banshishi-bench-web-'));
chmodSync(folder, 0o755); // as root, PostgreSQL runs as `postgres` and must pass through
const dataDir = join(folder, 'data');
mkdirSync(dataDir);
const pg = await startEmbeddedPostgres({ clusterDir: join(folder, 'pg'), database: 'banshishi_bench_web', log: () => undefined });
let app;
try {
  app = await startApp(pg.url);
  const tokens = { worker: await signIn(app.base, 'worker'), cadre: await signIn(app.base, 'cadre'), leader: await signIn(app.base, 'leader') };
  const entryToken = await anEntryToken(app.base, await signIn(app.base, 'admin'));
  const pages = [
    { name: '/s/<token>', path: `/s/${entryToken}`, user: null, ready: 'form', lighthouse: true },
    { name: '/requests/new (worker)', path: '/requests/new', user: 'worker', ready: 'form', lighthouse: true },
    { name: '/inbox (cadre)', path: '/inbox', user: 'cadre', ready: '.ant-list-item, .ant-table-row' },
    { name: '/dashboard (leader)', path: '/dashboard', user: 'leader', ready: '[data-testid="trend-chart"] svg' },
    { name: '/track', path: '/track', user: null, ready: 'form' },
  ];
  const rows = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  try {
    for (const page of pages) rows.push({ page, ...(await weigh(browser, app.base, page, page.user && tokens[page.user])) });
  } finally {
    await browser.close();
  }
  for (const row of rows) {
    if (row.page.lighthouse) Object.assign(row, await lighthouseMobile(`${app.base}${row.page.path}`, row.page.user && tokens[row.page.user]));
  }
  printTable(rows);
} finally {
  if (app) await stopApp(app.child);
  await pg.stop();
  rmSync(folder, { recursive: true, force: true });
}

async function startApp(databaseUrl) {
  const port = await freePort();
  const api = apiProcess({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'development',
    JOBS: 'off',
    DATA_DIR: dataDir,
    WEB_DIR: join(root, 'dist/web'),
  });
  const child = spawn(process.execPath, api.args, { cwd: root, env: api.env, stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((ready, fail) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('listening on')) ready();
    });
    child.on('exit', (code) => fail(new Error(`the app exited with ${code}`)));
  });
  return { base: `http://127.0.0.1:${port}`, child };
}

function stopApp(child) {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

async function signIn(base, username) {
  const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  if (!res.ok) throw new Error(`signing in ${username}: ${res.status} ${await res.text()}`);
  return (await res.json()).accessToken;
}

async function anEntryToken(base, adminToken) {
  const res = await fetch(`${base}/api/units`, { headers: { authorization: `Bearer ${adminToken}` } });
  const flatten = (nodes) => nodes.flatMap((node) => [node, ...flatten(node.children ?? [])]);
  const unit = flatten(await res.json()).find((node) => node.kind === 'grassroots' && node.entryToken);
  if (!unit) throw new Error('no unit with a QR entry token in the demo data');
  return unit.entryToken;
}

/** One page's first visit on a phone-sized screen, with an empty cache: what it loads. */
async function weigh(browser, base, page, token) {
  const context = await browser.newContext(PHONE);
  if (token) await context.addCookies([{ name: 'banshishi_session', value: token, url: base }]);
  const tab = await context.newPage();
  const responses = [];
  tab.on('response', (response) => responses.push(response));
  // Shown, then quiet: a loaded machine can leave the network idle for a moment between the entry and the page's chunks.
  await tab.goto(`${base}${page.path}`);
  await tab.waitForSelector(page.ready, { timeout: 60_000 });
  await tab.waitForLoadState('networkidle');
  await tab.waitForTimeout(500);
  const totals = { js: 0, jsFiles: 0, css: 0, wire: 0, requests: responses.length };
  for (const response of responses) {
    const type = response.request().resourceType();
    const sizes = await response.request().sizes();
    totals.wire += sizes.responseBodySize + sizes.responseHeadersSize;
    if (type !== 'script' && type !== 'stylesheet') continue;
    const gz = gzipSync(await response.body(), { level: 9 }).length;
    if (type === 'script') {
      totals.js += gz;
      totals.jsFiles += 1;
    } else totals.css += gz;
  }
  await context.close();
  return totals;
}

/** Lighthouse's mobile preset against Debian's Chromium (never a downloaded browser). */
async function lighthouseMobile(url, token) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROMIUM_FLAGS });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance'],
        ...(token ? { extraHeaders: { Cookie: `banshishi_session=${token}` } } : {}),
      });
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) {
        console.error(`bench:web: Lighthouse on ${url}: ${runtimeError.code} ${runtimeError.message}`);
        continue;
      }
      runs.push({
        score: Math.round(categories.performance.score * 100),
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
      });
    } finally {
      await chrome.kill();
    }
  }
  runs.sort((a, b) => a.score - b.score);
  return { lighthouse: runs[Math.floor(runs.length / 2)] ?? { score: 'failed', fcp: NaN, lcp: NaN, tbt: NaN } };
}

function printTable(rows) {
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const s = (ms) => `${(ms / 1000).toFixed(1)} s`;
  console.log('\n| page | JS (gz) | JS files | CSS (gz) | on the wire | requests | Lighthouse mobile | FCP | LCP | TBT |');
  console.log('|---|---|---|---|---|---|---|---|---|---|');
  for (const row of rows) {
    const lh = row.lighthouse;
    const scores = lh ? [lh.score, s(lh.fcp), s(lh.lcp), `${Math.round(lh.tbt)} ms`] : ['', '', '', ''];
    console.log(`| ${row.page.name} | ${kb(row.js)} | ${row.jsFiles} | ${kb(row.css)} | ${kb(row.wire)} | ${row.requests} | ${scores.join(' | ')} |`);
  }
}
