#!/usr/bin/env node
// `npm run federation -- <command>`: 全总汇总 by PostgreSQL logical replication (docs/scaling.md “Federation”).
//
//   On a region (FEDERATION_ROLE=region, so its server runs with wal_level=logical):
//     npm run federation -- publish [--url <admin url of the region's database>] [--host <host:port the federation reaches>]
//       creates (or brings up to date) the replication role and the publication; prints the address to subscribe with.
//   On the federation (FEDERATION_ROLE=federation):
//     npm run federation -- add-region --code gd --name 广东 --url <the address publish printed> --public-url https://gd.example.org
//     npm run federation -- remove-region --code gd     (ends the subscription; the region's data stays, as history)
//     npm run federation -- list
//   Both sides: the database is DATABASE_URL, else the embedded server of DATA_DIR (default .data), which must be running
//   (npm start); `--database-url` overrides.
//
// `npm run demo:federation` (= `federation -- demo`): two regions with demo data and a federation, each an API on a free
// port with its own embedded PostgreSQL in a temp folder; prints the addresses and the federation leader's login.
// `npm run demo:federation -- --measure 20`: then 20 signed-in submitters write to 广东 through its API for
// FEDERATION_MEASURE_SECONDS (20) and the replication is measured (rows/s applied at the federation, lag), and it stops.
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { apiProcess } from './api-runtime.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    url: { type: 'string' },
    host: { type: 'string' },
    password: { type: 'string' },
    code: { type: 'string' },
    name: { type: 'string' },
    'public-url': { type: 'string' },
    'database-url': { type: 'string' },
    'no-build': { type: 'boolean' },
    measure: { type: 'string' },
  },
});
const command = positionals[0];
const COMMANDS = ['publish', 'add-region', 'remove-region', 'list', 'demo'];
if (!COMMANDS.includes(command)) {
  console.error(`usage: npm run federation -- <${COMMANDS.join('|')}> [options] (see tools/federation.mjs)`);
  process.exit(2);
}

function fail(message) {
  console.error(`federation: ${message}`);
  process.exit(1);
}

const projects = command === 'demo' ? 'api,web' : 'api';
if (!values['no-build']) {
  const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects}`, '--outputStyle=static'], {
    cwd: root,
    stdio: 'inherit',
    env: { NX_DAEMON: 'false', NX_NO_CLOUD: 'true', ...process.env },
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
require(join(root, 'dist/api/apps/api/src/register-paths.js'));
const admin = require(join(root, 'dist/api/apps/api/src/modules/federation/federation-admin.js'));
const { Client } = require('pg');

/** This deployment's database: --database-url, DATABASE_URL, or the running embedded server of DATA_DIR. */
function localDatabaseUrl() {
  const given = values['database-url'] ?? process.env.DATABASE_URL;
  if (given) return given;
  const dataDir = process.env.DATA_DIR ? (isAbsolute(process.env.DATA_DIR) ? process.env.DATA_DIR : resolve(process.cwd(), process.env.DATA_DIR)) : join(root, '.data');
  const clusterDir = join(dataDir, 'postgres');
  const pidFile = join(clusterDir, 'postmaster.pid');
  if (!existsSync(pidFile)) fail(`no DATABASE_URL, and no embedded PostgreSQL running in ${clusterDir}: start the deployment first (npm start), or pass --database-url`);
  const port = readFileSync(pidFile, 'utf8').split('\n')[3]?.trim();
  const password = readFileSync(`${clusterDir}.password`, 'utf8').trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/banshishi`;
}

function required(name) {
  const value = values[name];
  if (!value) fail(`--${name} is required`);
  return value;
}

async function run() {
  switch (command) {
    case 'publish': {
      const { subscriberUrl, tables } = await admin.publishRegion(values.url ?? localDatabaseUrl(), { host: values.host, password: values.password });
      console.log(`published ${tables.length} tables as ${admin.PUBLICATION}:\n  ${tables.join('\n  ')}`);
      console.log(
        `\nOn the federation, with this region's own address (its PUBLIC_URL):\n  npm run federation -- add-region --code <code> --name <名称> --url '${subscriberUrl}' --public-url <PUBLIC_URL>`,
      );
      console.log(`(the password is new each time publish runs: re-running it changes it; keep the address secret)`);
      return;
    }
    case 'add-region': {
      const code = required('code');
      await admin.addRegion(localDatabaseUrl(), { code, name: required('name'), url: required('url'), publicUrl: required('public-url') });
      console.log(`region ${code} added: database ${admin.regionDatabase(code)}, subscription ${admin.regionSubscription(code)} (the first copy runs in the background)`);
      return;
    }
    case 'remove-region': {
      const code = required('code');
      const { slotLeft } = await admin.removeRegion(localDatabaseUrl(), code);
      console.log(`region ${code} removed; its data stays in ${admin.regionDatabase(code)} as history`);
      if (slotLeft) console.log(`the region did not answer: on the region, run SELECT pg_drop_replication_slot('${slotLeft}') so it stops keeping WAL`);
      return;
    }
    case 'list': {
      const client = new Client({ connectionString: localDatabaseUrl() });
      await client.connect();
      const { rows } = await client.query(`SELECT code, name, public_url, database, added_at, removed_at, data_as_of FROM federation_region ORDER BY added_at`);
      await client.end();
      console.table(rows);
      return;
    }
    case 'demo':
      return demo();
  }
}

const freePort = () =>
  new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => done(port));
    });
  });

/** Two regions with demo data and a federation: embedded servers in a temp folder, one API each. */
async function demo() {
  const { startEmbeddedPostgres } = require(join(root, 'dist/api/apps/api/src/database/embedded-postgres.js'));
  const folder = mkdtempSync(join(tmpdir(), 'banshishi-federation-demo-'));
  chmodSync(folder, 0o755); // the servers run as `postgres` when we are root
  const servers = [];
  const apis = [];
  const stop = async () => {
    for (const api of apis) if (api.exitCode === null) api.kill('SIGTERM');
    await Promise.all(apis.map((api) => (api.exitCode === null ? new Promise((done) => api.once('exit', done)) : undefined)));
    for (const server of servers) await server.stop().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  };
  process.once('SIGINT', () => stop().then(() => process.exit(0)));
  process.once('SIGTERM', () => stop().then(() => process.exit(0)));

  const deployment = async (name, role) => {
    const server = await startEmbeddedPostgres({ clusterDir: join(folder, name), database: 'banshishi', settings: role === 'region' ? ['wal_level=logical'] : [] });
    servers.push(server);
    const port = await freePort();
    const publicUrl = `http://127.0.0.1:${port}`;
    const started = apiProcess({
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: server.url,
      DATA_DIR: join(folder, `${name}-data`),
      FEDERATION_ROLE: role,
      PUBLIC_URL: publicUrl,
      NODE_ENV: 'development',
    });
    const api = spawn(process.execPath, started.args, { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: started.env });
    apis.push(api);
    for (let i = 0; ; i++) {
      const ready = await fetch(`${publicUrl}/api/health/ready`).then(
        (res) => res.ok,
        () => false,
      );
      if (ready) break;
      if (api.exitCode !== null || i > 600) throw new Error(`the ${name} API did not start`);
      await new Promise((done) => setTimeout(done, 200));
    }
    return { name, url: server.url, publicUrl };
  };
  try {
    const [gd, js, federation] = await Promise.all([deployment('gd', 'region'), deployment('js', 'region'), deployment('federation', 'federation')]);
    for (const [region, name] of [
      [gd, '广东'],
      [js, '江苏'],
    ]) {
      const { subscriberUrl } = await admin.publishRegion(region.url);
      await admin.addRegion(federation.url, { code: region.name, name, url: subscriberUrl, publicUrl: region.publicUrl });
    }
    const password = process.env.DEMO_PASSWORD ?? 'demo-pass-2026';
    console.log(`\n全总汇总 demo is up (Ctrl-C stops it and removes ${folder}):`);
    console.log(`  federation  ${federation.publicUrl}/federation   log in as leader / ${password}`);
    console.log(`  region 广东  ${gd.publicUrl}   (leader, cadre, worker … / ${password})`);
    console.log(`  region 江苏  ${js.publicUrl}`);
    console.log(`Data written at a region (submit, act, answer there) reaches the federation within seconds.`);
    if (values.measure) {
      await measure(gd, federation, Number(values.measure));
      await stop();
      return;
    }
  } catch (error) {
    await stop();
    throw error;
  }
  await new Promise(() => undefined);
}

/** `connections` submitters at the region for a while; the slot's lag sampled; rows/s applied at the federation. */
async function measure(region, federation, connections) {
  const seconds = Number(process.env.FEDERATION_MEASURE_SECONDS ?? 20);
  const slot = admin.regionSubscription(region.name);
  const at = (url) => {
    const client = new Client({ connectionString: url });
    return client.connect().then(() => client);
  };
  const publisher = await at(region.url);
  const subscriber = await at(admin.regionDatabaseUrl(federation.url, admin.regionDatabase(region.name)));
  const applied = async () => Number((await subscriber.query(`SELECT sum(n_tup_ins + n_tup_upd + n_tup_del)::bigint AS n FROM pg_stat_user_tables`)).rows[0].n ?? 0);
  const login = await (
    await fetch(`${region.publicUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'worker', password: process.env.DEMO_PASSWORD ?? 'demo-pass-2026' }),
    })
  ).json();
  const categories = await (await fetch(`${region.publicUrl}/api/categories`)).json();
  const before = await applied();
  const started = Date.now();
  let submitted = 0;
  let failed = 0;
  let maxBytes = 0;
  let maxLag = 0;
  const sampler = setInterval(async () => {
    const { rows } = await publisher.query(
      `SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), s.confirmed_flush_lsn)::bigint AS bytes, EXTRACT(EPOCH FROM r.replay_lag)::float8 AS lag
         FROM pg_replication_slots s LEFT JOIN pg_stat_replication r ON r.application_name = s.slot_name WHERE s.slot_name = $1`,
      [slot],
    );
    maxBytes = Math.max(maxBytes, Number(rows[0]?.bytes ?? 0));
    maxLag = Math.max(maxLag, Number(rows[0]?.lag ?? 0));
  }, 250);
  const submitter = async (i) => {
    let n = 0;
    while (Date.now() - started < seconds * 1000) {
      const category = categories[(i + n++) % categories.length];
      const res = await fetch(`${region.publicUrl}/api/requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${login.accessToken}` },
        body: JSON.stringify({ categoryId: category.id, title: `测量复制延迟的诉求${i}-${n}`, description: '测量用：车间更衣柜不够用，职工衣物无处存放。' }),
      });
      await res.arrayBuffer();
      if (res.status === 201) submitted++;
      else failed++;
    }
  };
  await Promise.all(Array.from({ length: connections }, (_, i) => submitter(i)));
  const loadSeconds = (Date.now() - started) / 1000;
  const target = (await publisher.query(`SELECT pg_current_wal_lsn()::text AS lsn`)).rows[0].lsn;
  for (;;) {
    const { rows } = await publisher.query(`SELECT confirmed_flush_lsn >= $2::pg_lsn AS done FROM pg_replication_slots WHERE slot_name = $1`, [slot, target]);
    if (rows[0]?.done) break;
    await new Promise((done) => setTimeout(done, 50));
  }
  const caughtUp = (Date.now() - started) / 1000 - loadSeconds;
  clearInterval(sampler);
  await new Promise((done) => setTimeout(done, 1500)); // the apply worker's statistics are flushed about once a second
  const rows = (await applied()) - before;
  console.log(
    `\nMeasured: ${connections} submitters for ${loadSeconds.toFixed(1)} s at ${region.name}: ${submitted} submissions (${(submitted / loadSeconds).toFixed(1)}/s), ${failed} refused`,
  );
  console.log(`  rows applied at the federation: ${rows} (${(rows / (loadSeconds + caughtUp)).toFixed(0)} rows/s over the load and its catch-up)`);
  console.log(
    `  lag during the load: at most ${(maxBytes / 1024).toFixed(0)} KiB of WAL, replay_lag at most ${(maxLag * 1000).toFixed(0)} ms; caught up ${(caughtUp * 1000).toFixed(0)} ms after the last submission`,
  );
  await publisher.end();
  await subscriber.end();
}

run().catch((error) => fail(error instanceof Error ? error.message : String(error)));
