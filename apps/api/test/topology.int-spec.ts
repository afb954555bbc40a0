// The production topology without Docker: real nginx (deploy/nginx/banshishi.conf) in front of three built API
// processes on one database. 200 phones submit with an Idempotency-Key and resend with the same key until answered;
// one API process is SIGKILLed mid-run. Every acknowledged request must exist exactly once, with its `submit` event,
// and the surviving processes must stay healthy throughout.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { ensureBuiltApi, freePort, MAIN, ROOT } from './support/processes';
import { createTestDatabase, type TestDatabase } from './test-database';

const NGINX_SITE = join(ROOT, 'deploy/nginx/banshishi.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

const SUBMITTERS = 200;
const LOAD_MS = 15_000; // no new submissions after this; the ones under way still finish
const KILL_AFTER_MS = 5_000;
const PROBE_MS = 250;
const GIVE_UP_MS = 30_000; // a phone that is still not answered by then counts as unacknowledged
const THINK_MS = [1_000, 2_000]; // a person between two submissions
const BACKOFF_MS = [250, 750]; // a phone before it resends
const between = ([low, high]: number[]) => sleep(low + Math.random() * (high - low));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A child in its own process group, so stopping it stops everything it started (nginx's workers too). */
function startProcess(command: string, args: string[], env: NodeJS.ProcessEnv, started: ChildProcess[]): { child: ChildProcess; output: () => string } {
  const child = spawn(command, args, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  started.push(child);
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

/** SIGTERM to the process group, SIGKILL after 10 s; never by name. */
function stopProcess(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return resolve();
    const group = -child.pid;
    const kill = setTimeout(() => {
      try {
        process.kill(group, 'SIGKILL');
      } catch {
        // already gone
      }
    }, 10_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    try {
      process.kill(group, 'SIGTERM');
    } catch {
      clearTimeout(kill);
      resolve();
    }
  });
}

interface ApiProcess {
  child: ChildProcess;
  port: number;
}

function startApi(databaseUrl: string, dataDir: string, started: ChildProcess[]): Promise<ApiProcess> {
  const { child, output } = startProcess(
    process.execPath,
    [MAIN],
    {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      APP_SECRET: 'topology-secret-'.padEnd(40, 'x'), // one secret for all replicas: tokens are hashed with it
      WEB_DIR: '/nonexistent',
      DATA_DIR: dataDir,
      SEED_DEMO_REQUESTS: 'false',
      TRUST_PROXY: '1',
      JOBS: 'on',
      LOG_LEVEL: 'warn',
    },
    started,
  );
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the API did not start in 60 s:\n${output()}`)), 60_000);
    const poll = setInterval(() => {
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output());
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve({ child, port: Number(match[1]) });
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`the API exited (${code}):\n${output()}`));
    });
  });
}

/**
 * The deployed site file with the upstream and the listen port rewritten, inside a main file of the test's own:
 * prefix, temp folders, pid and logs in `dir`, in the foreground. As root the workers run as root too: this nginx
 * listens on 127.0.0.1 only and lives for one test.
 */
function nginxConfig(dir: string, listenPort: number, apiPorts: number[]): string {
  const site = readFileSync(NGINX_SITE, 'utf8');
  const servers = apiPorts.map((port) => `server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n    ');
  const rewritten = site
    .replace(/^(\s*)server api:3000[^;]*;/m, `$1${servers}`)
    .replace(/listen 80;/, `listen 127.0.0.1:${listenPort};`)
    .replace(/access_log \/dev\/stdout/, `access_log ${join(dir, 'access.log')}`);
  if (/^\s*server\s+api:3000/m.test(rewritten) || !rewritten.includes(`listen 127.0.0.1:${listenPort};`)) {
    throw new Error(`${NGINX_SITE} no longer has the "server api:3000" and "listen 80;" lines this test rewrites`);
  }
  writeFileSync(join(dir, 'banshishi.conf'), rewritten);
  const asRoot = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${asRoot}worker_processes 2;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 2048; }
http {
  client_body_temp_path ${join(dir, 'client_body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'banshishi.conf')};
}
`;
}

async function waitFor(url: string, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    const ok = await fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
      (res) => res.ok,
      () => false,
    );
    if (ok) return;
    await sleep(200);
  }
  throw new Error(`${what} did not answer ${url} within 20 s`);
}

interface Acknowledged {
  key: string;
  title: string;
  id: string;
  code: string;
}

describe('nginx in front of three API processes, one killed under load', () => {
  const started: ChildProcess[] = [];
  let database: TestDatabase;
  let client: Client;
  let dir: string;
  let apis: ApiProcess[] = [];
  let nginxUrl = '';

  beforeAll(async () => {
    if (!NGINX) throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run does it)');
    ensureBuiltApi();
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    dir = mkdtempSync(join(tmpdir(), 'banshishi-topology-'));
    chmodSync(dir, 0o755);

    // All three at once on the empty database: migrations and the demo seed run under advisory locks.
    apis = await Promise.all([0, 1, 2].map((n) => startApi(database.url, join(dir, `data-${n}`), started)));

    const listenPort = await freePort();
    const mainConf = join(dir, 'nginx.conf');
    writeFileSync(
      mainConf,
      nginxConfig(
        dir,
        listenPort,
        apis.map((api) => api.port),
      ),
    );
    const nginxArgs = ['-p', dir, '-c', mainConf, '-e', join(dir, 'error.log')];
    execFileSync(NGINX, [...nginxArgs, '-t', '-q'], { stdio: 'pipe' }); // throws with nginx's own message
    startProcess(NGINX, nginxArgs, { PATH: process.env.PATH }, started);
    nginxUrl = `http://127.0.0.1:${listenPort}`;
    await waitFor(`${nginxUrl}/api/health`, 'nginx');
  }, 90_000);

  afterAll(async () => {
    await Promise.all(started.map(stopProcess));
    await client?.end();
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('loses and duplicates nothing, and the survivors stay healthy', async () => {
    // A named worker: signed-in submissions are not counted by the anonymous per-address limit.
    const login = await fetch(`${nginxUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'worker', password: 'demo-pass-2026' }),
    });
    expect(login.status).toBe(200);
    const { accessToken } = (await login.json()) as { accessToken: string };
    const auth = { authorization: `Bearer ${accessToken}` };
    const categories = (await (await fetch(`${nginxUrl}/api/categories`, { headers: auth })).json()) as { id: string; urgent: boolean }[];
    const categoryId = (categories.find((category) => !category.urgent) ?? categories[0]).id;

    const [victim, ...survivors] = apis;
    const acknowledged: Acknowledged[] = [];
    const unacknowledged: string[] = [];
    const unexpected: string[] = [];
    const healthFailures: string[] = [];
    const figures = { attempts: 0, retried: 0, fiveHundreds: 0, conflicts: 0, networkErrors: 0 };
    const latencies: number[] = [];
    const fiveHundredsByStatus: Record<number, number> = {};
    const began = Date.now();
    let running = true;

    // Each surviving process, directly on its port, every 250 ms: readiness where the API has it, else /api/health.
    const ready = await fetch(`http://127.0.0.1:${survivors[0].port}/api/health/ready`);
    const healthPath = ready.status === 404 ? '/api/health' : '/api/health/ready';
    const probes = survivors.map(async (api) => {
      while (running) {
        const at = Date.now();
        const status = await fetch(`http://127.0.0.1:${api.port}${healthPath}`, { signal: AbortSignal.timeout(5_000) }).then(
          async (res) => (res.status === 200 ? '200' : `${res.status} ${await res.text()}`),
          (error: Error) => error.name,
        );
        if (status !== '200') healthFailures.push(`:${api.port} ${status} at ${((at - began) / 1000).toFixed(1)} s`);
        await sleep(Math.max(0, PROBE_MS - (Date.now() - at)));
      }
    });

    const kill = (async () => {
      await sleep(KILL_AFTER_MS);
      process.kill(victim.child.pid as number, 'SIGKILL');
    })();

    /** One phone: submit, and on any failure resend the same key and body until a 201 comes back. */
    const submitter = async (phone: number) => {
      for (let n = 0; Date.now() - began < LOAD_MS; n++) {
        const key = `topology-${phone}-${n}`;
        const title = `拓扑测试 ${phone}-${n}`;
        const body = JSON.stringify({ categoryId, title, description: '车间更衣柜不够用，衣物只能放在地上。' });
        const firstTry = Date.now();
        for (let attempt = 0; ; attempt++) {
          if (attempt > 0) figures.retried++;
          figures.attempts++;
          let status = 0;
          let answer: { id?: string; code?: string } = {};
          const sent = Date.now();
          try {
            const res = await fetch(`${nginxUrl}/api/requests`, {
              method: 'POST',
              headers: { ...auth, 'content-type': 'application/json', 'idempotency-key': key },
              body,
              signal: AbortSignal.timeout(15_000),
            });
            status = res.status;
            answer = (await res.json().catch(() => ({}))) as typeof answer;
          } catch {
            figures.networkErrors++;
          }
          if (status === 201 && answer.id && answer.code) {
            acknowledged.push({ key, title, id: answer.id, code: answer.code });
            latencies.push(Date.now() - sent);
            break;
          }
          if (status >= 500) {
            figures.fiveHundreds++;
            fiveHundredsByStatus[status] = (fiveHundredsByStatus[status] ?? 0) + 1;
          } else if (status === 409)
            figures.conflicts++; // the first try is still being processed somewhere
          else if (status !== 0) unexpected.push(`${key}: ${status} ${JSON.stringify(answer)}`);
          if (Date.now() - firstTry > GIVE_UP_MS) {
            unacknowledged.push(key);
            break;
          }
          await between(BACKOFF_MS);
        }
        await between(THINK_MS);
      }
    };
    await Promise.all(Array.from({ length: SUBMITTERS }, (_, phone) => submitter(phone)));
    const seconds = (Date.now() - began) / 1000;
    running = false;
    await Promise.all([...probes, kill]);

    const { rows } = await client.query<{ key: string; id: string; code: string; rows_for_title: number; submit_events: number; keys_stored: number }>(
      `SELECT a.key, r.id, r.code,
              (SELECT count(*)::int FROM request t WHERE t.title = a.title) AS rows_for_title,
              (SELECT count(*)::int FROM request_event e WHERE e.request_id = r.id AND e.action = 'submit') AS submit_events,
              (SELECT count(*)::int FROM idempotency_key k WHERE k.key = a.key) AS keys_stored
         FROM unnest($1::text[], $2::text[], $3::uuid[]) AS a(key, title, id)
         LEFT JOIN request r ON r.id = a.id`,
      [acknowledged.map((a) => a.key), acknowledged.map((a) => a.title), acknowledged.map((a) => a.id)],
    );
    const byKey = new Map(acknowledged.map((a) => [a.key, a]));
    const lost = rows.filter((row) => row.id === null || row.code !== byKey.get(row.key)?.code);
    const duplicated = rows.filter((row) => row.rows_for_title > 1 || row.keys_stored > 1);
    const withoutSubmitEvent = rows.filter((row) => row.id !== null && row.submit_events !== 1);
    const [{ total }] = (await client.query<{ total: number }>(`SELECT count(*)::int AS total FROM request WHERE title LIKE '拓扑测试 %'`)).rows;

    latencies.sort((a, b) => a - b);
    // nginx's own log (no addresses, no query strings): which process answered the submissions
    const answeredBy = new Map<string, number>();
    for (const line of readFileSync(join(dir, 'access.log'), 'utf8').split('\n')) {
      const upstream = /"POST \/api\/requests [^"]*" \d+ \d+ \S+ "([^"]*)"/.exec(line)?.[1];
      if (upstream) answeredBy.set(upstream, (answeredBy.get(upstream) ?? 0) + 1);
    }
    const percentile = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))] ?? 0;
    process.stdout.write(
      `topology: ${acknowledged.length} acknowledged in ${seconds.toFixed(1)} s (answer median ${percentile(0.5)} ms, p95 ${percentile(0.95)} ms; ` +
        `${figures.attempts} attempts, ${figures.retried} retried, ` +
        `${figures.fiveHundreds} 5xx ${JSON.stringify(fiveHundredsByStatus)} and ${figures.networkErrors} network errors through nginx, ${figures.conflicts} 409 in progress), ` +
        `${lost.length} lost, ${duplicated.length} duplicated, ${unacknowledged.length} unacknowledged, ${total} rows, ` +
        `${healthFailures.length} failed health probes; POSTs by upstream ${JSON.stringify(Object.fromEntries(answeredBy))}\n`,
    );

    expect(victim.child.signalCode).toBe('SIGKILL');
    for (const api of apis) expect([...answeredBy.keys()].some((upstream) => upstream.includes(`:${api.port}`))).toBe(true);
    expect(unexpected).toEqual([]);
    expect(unacknowledged).toEqual([]);
    expect(acknowledged.length).toBeGreaterThanOrEqual(SUBMITTERS); // every phone at least once
    expect(rows).toHaveLength(acknowledged.length);
    expect(lost).toEqual([]);
    expect(duplicated).toEqual([]);
    expect(withoutSubmitEvent).toEqual([]);
    expect(total).toBe(acknowledged.length); // no request the phones were never told about
    expect(healthFailures).toEqual([]);
  }, 90_000);
});
