// The production topology without Docker: real nginx (deploy/nginx/banshishi.conf) in front of three built API
// processes on one database; phones submit through it with an Idempotency-Key and resend with the same key until
// answered. Three things happen to it:
// 1. one API process is SIGKILLed under 200 phones: every acknowledged request exists exactly once, with its `submit`
//    event, and the surviving processes stay healthy throughout;
// 2. the PostgreSQL server is SIGKILLed under load (a server of the test's own, restarted by the supervision on the
//    same port and data): every process stays up and answers 503 DATABASE_UNAVAILABLE with Retry-After in bounded
//    time, is ready again soon after the restart without help, and nothing acknowledged is lost or doubled;
// 3. one client's anonymous submissions, spread round-robin over the replicas, still meet one limit in total.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DATABASE_RETRY_AFTER_SECONDS } from '../src/common/errors/database-unavailable';
import { SUBMISSION_RATE_LIMIT } from '../src/modules/intake/submission-rate.guard';
import { bodyOf, httpApi } from './support/http';
import { alive, postmasterPid, startSupervisedServer, stopSupervisedServer } from './support/postgres-process';
import { ensureBuiltApi, freePort, MAIN, ROOT } from './support/processes';
import { signIn, unitsByName } from './support/world';
import { createTestDatabase, type TestDatabase } from './test-database';

const NGINX_SITE = join(ROOT, 'deploy/nginx/banshishi.conf');
const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));

// Phones: a person between two submissions, a phone before it resends, and when it stops trying.
const THINK_MS = [1_000, 2_000];
const BACKOFF_MS = [250, 750];
const PROBE_MS = 250;

// 1. An API process killed.
const SUBMITTERS = 200;
const LOAD_MS = 15_000; // no new submissions after this; the ones under way still finish
const GIVE_UP_MS = 30_000; // a phone that is still not answered by then counts as unacknowledged
const KILL_AFTER_MS = 5_000;

// 2. The database killed.
const OUTAGE_PHONES = 60;
const OUTAGE_RAMP_MS = 2_000; // phones start within this, not all in the same instant
const OUTAGE_LOAD_MS = 16_000;
const OUTAGE_GIVE_UP_MS = 60_000; // a submission begun at the kill is resent through the outage
const DATABASE_KILL_AFTER_MS = 4_000;
const ANSWER_LIMIT_MS = 10_000; // with the database gone, every pending try is answered within this
const RESTART_DELAY_MS = ANSWER_LIMIT_MS; // the supervision's first wait (production: 250 ms): down longer than any answer may take
const ANSWER_TIMEOUT_MS = 20_000; // a phone or probe stops waiting (no answer at all) after this
const RECOVERY_LIMIT_MS = 15_000; // every process ready again this soon after the server is back
const WATCH_LIMIT_MS = 45_000; // the direct probes give up this long after the kill

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const between = ([low, high]: number[]) => sleep(low + Math.random() * (high - low));
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

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
  /** what it printed (LOG_LEVEL=warn: warnings and errors) */
  output: () => string;
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
        resolve({ child, port: Number(match[1]), output });
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

interface Topology {
  apis: ApiProcess[];
  nginxUrl: string;
  /** nginx's access log so far */
  accessLog(): string;
}

/** Three API processes on `databaseUrl` behind nginx, with nginx's files in `dir`. */
async function startTopology(databaseUrl: string, dir: string, started: ChildProcess[]): Promise<Topology> {
  const nginx = NGINX;
  if (!nginx) throw new Error('nginx is not installed: apt-get install -y nginx (.ci/run does it)');
  // All three at once on the same database: migrations and the demo seed run under advisory locks.
  const apis = await Promise.all([0, 1, 2].map((n) => startApi(databaseUrl, join(dir, `data-${n}`), started)));
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
  execFileSync(nginx, [...nginxArgs, '-t', '-q'], { stdio: 'pipe' }); // throws with nginx's own message
  startProcess(nginx, nginxArgs, { PATH: process.env.PATH }, started);
  const nginxUrl = `http://127.0.0.1:${listenPort}`;
  await waitFor(`${nginxUrl}/api/health`, 'nginx');
  return { apis, nginxUrl, accessLog: () => readFileSync(join(dir, 'access.log'), 'utf8') };
}

interface Logged {
  status: number;
  /** every process nginx tried, in order (`$upstream_addr`) */
  upstreams: string[];
}

/** The submissions in nginx's access log (log_format banshishi: no addresses, no query strings). */
function loggedSubmissions(log: string): Logged[] {
  return log.split('\n').flatMap((line) => {
    const match = /"(\S+) (\S+) [^"]*" (\d+) \d+ \S+ "([^"]*)"/.exec(line);
    if (!match || match[1] !== 'POST' || match[2] !== '/api/requests') return [];
    return [{ status: Number(match[3]), upstreams: match[4].split(/, | : /) }];
  });
}

/** How many logged submissions each process answered, by status: {"127.0.0.1:port": {"201": n, …}}. */
function byUpstream(logged: Logged[]): Record<string, Record<number, number>> {
  const counts: Record<string, Record<number, number>> = {};
  for (const { upstreams, status } of logged) {
    const last = (counts[upstreams[upstreams.length - 1]] ??= {});
    last[status] = (last[status] ?? 0) + 1;
  }
  return counts;
}

async function query<T>(databaseUrl: string, sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The demo worker, signed in through nginx, and a category to submit in. */
async function workerAndCategory(nginxUrl: string): Promise<{ token: string; categoryId: string }> {
  const api = httpApi(nginxUrl);
  // A named worker: signed-in submissions are not counted by the anonymous per-address limit.
  const { token } = await signIn(api, 'worker');
  const categories: { id: string; urgent: boolean }[] = bodyOf(await api.request('GET', '/api/categories', { token }), 200, 'reading the categories');
  return { token, categoryId: (categories.find((category) => !category.urgent) ?? categories[0]).id };
}

interface Acknowledged {
  key: string;
  title: string;
  id: string;
  code: string;
  /** when the 201 came */
  at: number;
}

/** One try as a phone saw it; status 0 is no answer (the connection failed, or the phone stopped waiting). */
interface Answer {
  key: string;
  status: number;
  code?: string;
  message?: string;
  retryAfter: string | null;
  sent: number;
  ms: number;
}

interface PhoneRun {
  acknowledged: Acknowledged[];
  unacknowledged: string[];
  /** every try, and those that were not acknowledged */
  answers: Answer[];
  failures: Answer[];
  /** how long each 201 took, sorted */
  latencies: number[];
  seconds: number;
}

/**
 * `phones` phones submitting through nginx for `loadMs` as the worker (each starting within `rampMs`): each
 * submission with its own Idempotency-Key, resent with the same key and body after any failure until a 201 comes back
 * (or `giveUpMs` passes).
 */
async function runPhones(options: {
  nginxUrl: string;
  token: string;
  categoryId: string;
  phones: number;
  loadMs: number;
  rampMs: number;
  answerTimeoutMs: number;
  giveUpMs: number;
  keyPrefix: string;
  titlePrefix: string;
}): Promise<PhoneRun> {
  const run: PhoneRun = { acknowledged: [], unacknowledged: [], answers: [], failures: [], latencies: [], seconds: 0 };
  const began = Date.now();
  const phone = async (n: number) => {
    await sleep(Math.random() * options.rampMs);
    for (let k = 0; Date.now() - began < options.loadMs; k++) {
      const key = `${options.keyPrefix}-${n}-${k}`;
      const title = `${options.titlePrefix} ${n}-${k}`;
      const body = JSON.stringify({ categoryId: options.categoryId, title, description: '车间更衣柜不够用，衣物只能放在地上。' });
      const firstTry = Date.now();
      for (;;) {
        const sent = Date.now();
        let status = 0;
        let retryAfter: string | null = null;
        let json: { id?: string; code?: string; message?: string } = {};
        try {
          const res = await fetch(`${options.nginxUrl}/api/requests`, {
            method: 'POST',
            headers: { authorization: `Bearer ${options.token}`, 'content-type': 'application/json', 'idempotency-key': key },
            body,
            signal: AbortSignal.timeout(options.answerTimeoutMs),
          });
          status = res.status;
          retryAfter = res.headers.get('retry-after');
          json = (await res.json().catch(() => ({}))) as typeof json;
        } catch {
          // no answer: status 0
        }
        const answer: Answer = { key, status, code: json.code, message: json.message, retryAfter, sent, ms: Date.now() - sent };
        run.answers.push(answer);
        if (status === 201 && json.id && json.code) {
          run.acknowledged.push({ key, title, id: json.id, code: json.code, at: Date.now() });
          run.latencies.push(answer.ms);
          break;
        }
        run.failures.push(answer);
        if (Date.now() - firstTry > options.giveUpMs) {
          run.unacknowledged.push(key);
          break;
        }
        await between(BACKOFF_MS);
      }
      await between(THINK_MS);
    }
  };
  await Promise.all(Array.from({ length: options.phones }, (_, n) => phone(n)));
  run.seconds = (Date.now() - began) / 1000;
  run.latencies.sort((a, b) => a - b);
  return run;
}

/**
 * What the database holds of the acknowledged submissions: `lost` (missing, or another code than answered),
 * `duplicated` (two rows of one title, or two stored keys), `withoutSubmitEvent`, and `total`, every row titled
 * `titlePrefix …` (one the phones were never told about would show here).
 */
async function storedOnce(databaseUrl: string, acknowledged: Acknowledged[], titlePrefix: string) {
  const rows = await query<{ key: string; id: string | null; code: string | null; rows_for_title: number; submit_events: number; keys_stored: number }>(
    databaseUrl,
    `SELECT a.key, r.id, r.code,
            (SELECT count(*)::int FROM request t WHERE t.title = a.title) AS rows_for_title,
            (SELECT count(*)::int FROM request_event e WHERE e.request_id = r.id AND e.action = 'submit') AS submit_events,
            (SELECT count(*)::int FROM idempotency_key k WHERE k.key = a.key) AS keys_stored
       FROM unnest($1::text[], $2::text[], $3::uuid[]) AS a(key, title, id)
       LEFT JOIN request r ON r.id = a.id`,
    [acknowledged.map((a) => a.key), acknowledged.map((a) => a.title), acknowledged.map((a) => a.id)],
  );
  const byKey = new Map(acknowledged.map((a) => [a.key, a]));
  const [{ total }] = await query<{ total: number }>(databaseUrl, `SELECT count(*)::int AS total FROM request WHERE title LIKE $1`, [`${titlePrefix} %`]);
  return {
    rows,
    lost: rows.filter((row) => row.id === null || row.code !== byKey.get(row.key)?.code),
    duplicated: rows.filter((row) => row.rows_for_title > 1 || row.keys_stored > 1),
    withoutSubmitEvent: rows.filter((row) => row.id !== null && row.submit_events !== 1),
    total,
  };
}

describe('nginx in front of three API processes, one killed under load', () => {
  const started: ChildProcess[] = [];
  let database: TestDatabase;
  let dir: string;
  let topology: Topology;

  beforeAll(async () => {
    ensureBuiltApi();
    database = await createTestDatabase();
    dir = mkdtempSync(join(tmpdir(), 'banshishi-topology-'));
    chmodSync(dir, 0o755);
    topology = await startTopology(database.url, dir, started);
  }, 90_000);

  afterAll(async () => {
    await Promise.all(started.map(stopProcess));
    await database?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  it('loses and duplicates nothing, and the survivors stay healthy', async () => {
    const { apis, nginxUrl } = topology;
    const { token, categoryId } = await workerAndCategory(nginxUrl);
    const [victim, ...survivors] = apis;
    // Ready before the load; this also opens each one's readiness connection, as a load balancer's probes would have.
    for (const api of apis) expect((await fetch(`http://127.0.0.1:${api.port}/api/health/ready`)).status).toBe(200);
    const healthFailures: string[] = [];
    const began = Date.now();
    let running = true;

    // Each surviving process, directly on its port, every 250 ms.
    const probes = survivors.map(async (api) => {
      while (running) {
        const at = Date.now();
        const status = await fetch(`http://127.0.0.1:${api.port}/api/health/ready`, { signal: AbortSignal.timeout(5_000) }).then(
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

    const run = await runPhones({
      nginxUrl,
      token,
      categoryId,
      phones: SUBMITTERS,
      loadMs: LOAD_MS,
      rampMs: 0,
      answerTimeoutMs: 15_000,
      giveUpMs: GIVE_UP_MS,
      keyPrefix: 'topology',
      titlePrefix: '拓扑测试',
    });
    running = false;
    await Promise.all([...probes, kill]);

    const stored = await storedOnce(database.url, run.acknowledged, '拓扑测试');
    const fiveHundreds = run.failures.filter((failure) => failure.status >= 500);
    const fiveHundredsByStatus: Record<number, number> = {};
    for (const { status } of fiveHundreds) fiveHundredsByStatus[status] = (fiveHundredsByStatus[status] ?? 0) + 1;
    const networkErrors = run.failures.filter((failure) => failure.status === 0).length;
    const conflicts = run.failures.filter((failure) => failure.status === 409).length; // the first try still under way somewhere
    const unexpected = run.failures.filter(({ status }) => status !== 0 && status !== 409 && status < 500).map((f) => `${f.key}: ${f.status} ${f.code} ${f.message}`);
    const logged = loggedSubmissions(topology.accessLog());
    const answeredBy = byUpstream(logged);
    process.stdout.write(
      `topology: ${run.acknowledged.length} acknowledged in ${run.seconds.toFixed(1)} s (answer median ${percentile(run.latencies, 0.5)} ms, p95 ${percentile(run.latencies, 0.95)} ms; ` +
        `${run.answers.length} attempts, ${run.answers.length - run.acknowledged.length - run.unacknowledged.length} retried, ` +
        `${fiveHundreds.length} 5xx ${JSON.stringify(fiveHundredsByStatus)} and ${networkErrors} network errors through nginx, ${conflicts} 409 in progress), ` +
        `${stored.lost.length} lost, ${stored.duplicated.length} duplicated, ${run.unacknowledged.length} unacknowledged, ${stored.total} rows, ` +
        `${healthFailures.length} failed health probes; POSTs by upstream ${JSON.stringify(answeredBy)}\n`,
    );

    expect(victim.child.signalCode).toBe('SIGKILL');
    for (const api of apis) expect(logged.some((entry) => entry.upstreams.includes(`127.0.0.1:${api.port}`))).toBe(true); // nginx used each
    expect(unexpected).toEqual([]);
    expect(run.unacknowledged).toEqual([]);
    expect(run.acknowledged.length).toBeGreaterThanOrEqual(SUBMITTERS); // every phone at least once
    expect(stored.rows).toHaveLength(run.acknowledged.length);
    expect(stored.lost).toEqual([]);
    expect(stored.duplicated).toEqual([]);
    expect(stored.withoutSubmitEvent).toEqual([]);
    expect(stored.total).toBe(run.acknowledged.length); // no request the phones were never told about
    expect(healthFailures).toEqual([]);
  }, 90_000);
});

describe('nginx in front of three API processes on a PostgreSQL of the test’s own', () => {
  const started: ChildProcess[] = [];
  const notices: { line: string; at: number }[] = [];
  let folder = '';
  let clusterDir = '';
  let supervisor: ChildProcess | undefined;
  let databaseUrl = '';
  let topology: Topology;

  beforeAll(async () => {
    ensureBuiltApi();
    folder = mkdtempSync(join(tmpdir(), 'banshishi-topology-pg-'));
    chmodSync(folder, 0o755); // the server runs as `postgres` when we are root
    clusterDir = join(folder, 'pg');
    const server = startSupervisedServer(clusterDir, [RESTART_DELAY_MS, 500], (line) => notices.push({ line, at: Date.now() }));
    supervisor = server.child;
    databaseUrl = await server.url;
    const dir = join(folder, 'topology');
    mkdirSync(dir);
    topology = await startTopology(databaseUrl, dir, started); // an empty database: the first process migrates it
  }, 120_000);

  afterAll(async () => {
    await Promise.all(started.map(stopProcess));
    if (supervisor) await stopSupervisedServer(supervisor, clusterDir);
    if (folder) rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('holds one client to the anonymous submission limit in total, though its tries reach different replicas', async () => {
    const { limit, windowMs, bucket } = SUBMISSION_RATE_LIMIT;
    const api = httpApi(topology.nginxUrl);
    const admin = await signIn(api, 'admin');
    const entryToken = [...(await unitsByName(api, admin.token)).values()].find((unit) => unit.entryToken)?.entryToken;
    if (!entryToken) throw new Error('no unit has a QR entry token');
    const [{ id: categoryId }]: { id: string }[] = bodyOf(await api.request('GET', '/api/categories'), 200, 'reading the categories');
    const logFrom = topology.accessLog().length;

    // All at once, from one address (127.0.0.1, which nginx appends to X-Forwarded-For), round-robin over the three.
    const tries = 3 * limit;
    const answers = await Promise.all(
      Array.from({ length: tries }, (_, n) =>
        api.request('POST', '/api/requests', { body: { categoryId, title: `限流测试 ${n}`, description: '夜班职工没有地方休息。', entryToken, anonymous: true } }),
      ),
    );
    const logged = loggedSubmissions(topology.accessLog().slice(logFrom));
    const replicas = new Set(logged.flatMap((entry) => entry.upstreams));
    const refused = answers.filter((res) => res.status === 429);
    const [{ counted }] = await query<{ counted: number }>(databaseUrl, `SELECT coalesce(sum(count), 0)::int AS counted FROM rate_limit WHERE bucket = $1`, [bucket]);
    const [{ stored }] = await query<{ stored: number }>(databaseUrl, `SELECT count(*)::int AS stored FROM request WHERE title LIKE '限流测试 %'`);
    process.stdout.write(
      `rate limit across replicas: ${tries} anonymous submissions from one address, ${answers.length - refused.length} passed (limit ${limit}), ` +
        `${refused.length} refused with 429; by upstream ${JSON.stringify(byUpstream(logged))}; ${counted} counted and ${stored} stored\n`,
    );

    expect(logged).toHaveLength(tries);
    expect(logged.filter((entry) => entry.upstreams.length !== 1)).toEqual([]); // nginx resent none elsewhere
    expect(replicas.size).toBeGreaterThanOrEqual(2);
    expect(answers.map((res) => res.status).sort((a, b) => a - b)).toEqual([...Array<number>(limit).fill(201), ...Array<number>(tries - limit).fill(429)]);
    for (const res of refused) {
      expect(res.body).toEqual({ code: 'RATE_LIMITED', message: expect.stringContaining('Too many submissions') });
      const retryAfter = Number(res.headers.get('retry-after'));
      expect(Number.isInteger(retryAfter)).toBe(true);
      expect(retryAfter).toBeGreaterThan(0);
      expect(retryAfter).toBeLessThanOrEqual((2 * windowMs) / 1000);
    }
    expect(counted).toBe(limit); // one count in PostgreSQL, not one per replica
    expect(stored).toBe(limit);
  });

  it('keeps every process up while the database is killed, answers 503 in bounded time, and loses nothing', async () => {
    const { apis, nginxUrl } = topology;
    const { token, categoryId } = await workerAndCategory(nginxUrl);
    for (const api of apis) expect((await fetch(`http://127.0.0.1:${api.port}/api/health/ready`)).status).toBe(200);
    const logFrom = topology.accessLog().length;
    let killedAt = 0;
    let killedPid = 0;
    let phonesRunning = true;
    const restartedAt = () => notices.find((notice) => killedAt > 0 && notice.at >= killedAt && notice.line.includes('restarted'))?.at;
    const wellFormed = (answer: { status: number; code?: string; message?: string; retryAfter: string | null }) =>
      answer.status === 503 && answer.code === 'DATABASE_UNAVAILABLE' && Boolean(answer.message) && answer.retryAfter === String(DATABASE_RETRY_AFTER_SECONDS);

    const kill = (async () => {
      await sleep(DATABASE_KILL_AFTER_MS);
      killedPid = postmasterPid(clusterDir);
      process.kill(killedPid, 'SIGKILL'); // the postmaster by its PID; the supervision restarts it after RESTART_DELAY_MS
      killedAt = Date.now();
    })();

    /** One process, directly on its port, from the kill on: readiness, and a read that needs the request pool. */
    const watch = async (api: ApiProcess) => {
      const seen = { port: api.port, answers: [] as (Answer & { path: string })[], readyAgainAt: 0, servingAgainAt: 0, lastNotReady: '' };
      const ask = async (path: string) => {
        const sent = Date.now();
        const answer = await fetch(`http://127.0.0.1:${api.port}${path}`, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(ANSWER_TIMEOUT_MS) }).then(
          async (res) => {
            const text = await res.text();
            let json: { code?: string; message?: string } = {};
            try {
              json = JSON.parse(text) as typeof json;
            } catch {
              // not JSON: the text says what it was
            }
            return { status: res.status, retryAfter: res.headers.get('retry-after'), code: json.code, message: json.message, text };
          },
          (error: Error) => ({ status: 0, retryAfter: null, code: error.name, message: error.message, text: error.message }),
        );
        seen.answers.push({ ...answer, key: `:${api.port}${path}`, path, sent, ms: Date.now() - sent });
        return answer;
      };
      while (!killedAt) await sleep(50);
      while (Date.now() - killedAt < WATCH_LIMIT_MS && (phonesRunning || !seen.readyAgainAt || !seen.servingAgainAt)) {
        const at = Date.now();
        const [ready, mine] = await Promise.all([ask('/api/health/ready'), ask('/api/requests/mine?limit=1')]);
        const restarted = restartedAt();
        if (restarted && at >= restarted) {
          if (ready.status === 200) seen.readyAgainAt ||= Date.now();
          if (mine.status === 200) seen.servingAgainAt ||= Date.now();
        }
        if (ready.status !== 200) seen.lastNotReady = `${ready.status} ${ready.text} at ${((at - killedAt) / 1000).toFixed(1)} s`;
        await sleep(Math.max(0, PROBE_MS - (Date.now() - at)));
      }
      return seen;
    };
    const watching = apis.map(watch);

    const run = await runPhones({
      nginxUrl,
      token,
      categoryId,
      phones: OUTAGE_PHONES,
      loadMs: OUTAGE_LOAD_MS,
      rampMs: OUTAGE_RAMP_MS,
      answerTimeoutMs: ANSWER_TIMEOUT_MS,
      giveUpMs: OUTAGE_GIVE_UP_MS,
      keyPrefix: 'outage',
      titlePrefix: '断库测试',
    });
    phonesRunning = false;
    await kill;
    const watched = await Promise.all(watching);
    const restarted = restartedAt() ?? Number.NaN;

    // How long each try waited while the server was down (from the kill, or when sent, until answered, or the server was back).
    const waitedWhileDown = (answer: Answer) => Math.min(answer.sent + answer.ms, restarted) - Math.max(answer.sent, killedAt);
    const slowest = (answers: Answer[]) => Math.max(0, ...answers.map(waitedWhileDown));
    const tooSlow = [...run.answers, ...watched.flatMap((seen) => seen.answers)]
      .filter((answer) => waitedWhileDown(answer) >= ANSWER_LIMIT_MS)
      .map((a) => `${a.key}: ${a.status} after ${a.ms} ms, sent ${a.sent - killedAt} ms after the kill`);
    const unavailable = run.failures.filter(wellFormed);
    const unexpected = run.failures.filter((f) => f.status !== 409 && !wellFormed(f)).map((f) => `${f.key}: ${f.status} ${f.code} ${f.message} (Retry-After ${f.retryAfter})`);
    const probesUnavailable = watched.map((seen) => seen.answers.filter((a) => a.path.startsWith('/api/requests') && wellFormed(a)).length);
    const probesOdd = watched.flatMap((seen) =>
      seen.answers
        .filter((a) => (a.path.startsWith('/api/requests') ? a.status !== 200 && !wellFormed(a) : a.status !== 200 && a.status !== 503))
        .map((a) => `${a.key}: ${a.status} ${a.code} ${a.message} (Retry-After ${a.retryAfter})`),
    );
    const stored = await storedOnce(databaseUrl, run.acknowledged, '断库测试');
    const secondsToRecover = Math.max(...watched.map((seen) => (seen.readyAgainAt || Number.POSITIVE_INFINITY) - restarted)) / 1000;
    process.stdout.write(
      `database killed: ${run.acknowledged.length} acknowledged in ${run.seconds.toFixed(1)} s by ${OUTAGE_PHONES} phones ` +
        `(${run.acknowledged.filter((a) => a.at < killedAt).length} before the kill, ${run.acknowledged.filter((a) => a.at > restarted).length} after the restart), ` +
        `${stored.lost.length} lost, ${stored.duplicated.length} duplicated, ${run.unacknowledged.length} unacknowledged; server down ${((restarted - killedAt) / 1000).toFixed(1)} s; ` +
        `${unavailable.length} 503 DATABASE_UNAVAILABLE with Retry-After through nginx, ${JSON.stringify(probesUnavailable)} to direct probes, ${unexpected.length} other failures; ` +
        `slowest answer while down ${slowest(run.answers)} ms through nginx, ${slowest(watched.flatMap((seen) => seen.answers))} ms direct; ` +
        `every process ready again ${secondsToRecover.toFixed(1)} s after the restart; POSTs by upstream ${JSON.stringify(byUpstream(loggedSubmissions(topology.accessLog().slice(logFrom))))}\n`,
    );

    for (const api of apis) {
      const { exitCode, signalCode } = api.child;
      const lastWords = exitCode === null && signalCode === null ? '' : api.output().slice(-3000);
      expect({ port: api.port, exitCode, signalCode, lastWords }).toEqual({ port: api.port, exitCode: null, signalCode: null, lastWords: '' });
    }
    expect(alive(killedPid)).toBe(false);
    expect(notices.map((notice) => notice.line)).toEqual([
      expect.stringContaining(`pid ${killedPid} was killed by SIGKILL`),
      expect.stringContaining('embedded PostgreSQL restarted after'),
    ]);
    expect(postmasterPid(clusterDir)).not.toBe(killedPid);
    expect(restarted - killedAt).toBeGreaterThan(ANSWER_LIMIT_MS); // long enough that a try hanging through it shows
    // While it was down: 503 with Retry-After, through nginx and from every process, and no answer took long.
    expect(unavailable.length).toBeGreaterThan(0);
    expect(unexpected).toEqual([]);
    for (const count of probesUnavailable) expect(count).toBeGreaterThan(0);
    expect(probesOdd).toEqual([]);
    expect(tooSlow).toEqual([]);
    // Back by themselves: readiness within the limit, and the request pool.
    for (const seen of watched) {
      const readyInTime = seen.readyAgainAt > 0 && seen.readyAgainAt - restarted < RECOVERY_LIMIT_MS;
      expect({ port: seen.port, readyInTime, lastNotReady: seen.lastNotReady }).toEqual({ port: seen.port, readyInTime: true, lastNotReady: seen.lastNotReady });
      expect(seen.servingAgainAt).toBeGreaterThan(0);
    }
    // Nothing acknowledged lost or doubled, with submissions acknowledged on both sides of the outage.
    expect(run.acknowledged.filter((a) => a.at < killedAt).length).toBeGreaterThan(0);
    expect(run.acknowledged.filter((a) => a.at > restarted).length).toBeGreaterThan(0);
    expect(run.unacknowledged).toEqual([]);
    expect(stored.rows).toHaveLength(run.acknowledged.length);
    expect(stored.lost).toEqual([]);
    expect(stored.duplicated).toEqual([]);
    expect(stored.withoutSubmitEvent).toEqual([]);
    expect(stored.total).toBe(run.acknowledged.length);
  }, 120_000);
});
