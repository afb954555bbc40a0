// DATABASE_REPLICA_URLS against real streaming replication (support/streaming-replica.ts): lists and dashboards read
// from the hot standby and say how old their data is, a reader's own writes are read back at once even while the
// replica is behind, and killing the replica (SIGKILL to its process group) under load costs no request and no page;
// once it is back, reads return to it. Where a read ran is read from each server's statement log.
import type { ApiResponse } from './support/http';
import { detail, submit } from './support/factories';
import { startStreamingPair, type StreamingPair } from './support/streaming-replica';
import { testWorld, tokenOf, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ReadReplicas } from '../src/platform/replicas/read-replicas.service';

/** Text of the request list's SQL (its columns: requests.repository.ts LIST_COLUMNS, which the detail view selects too). */
const LIST_TABLE = 'AS "urgencyCursorAt"';
const REPLICA_APP = 'banshishi-replica';
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;

let pair: StreamingPair;
let t: TestApp;
let w: TestWorld;
let replicaLabel = '';

/** The statements of a log (prefix `application_name| `), each with the connection it came from. */
function statements(log: string): { app: string; text: string }[] {
  return log
    .split(/\n(?=[\w-]*\| )/)
    .map((entry) => /^([\w-]*)\| ([\s\S]*)$/.exec(entry))
    .filter((match): match is RegExpExecArray => match !== null && /LOG: {2}(statement|execute)/.test(match[2]))
    .map((match) => ({ app: match[1], text: match[2] }));
}

const ran = (log: string, app: string, fragment: string) => statements(log).filter((s) => s.app === app && s.text.includes(fragment)).length;

function readAfterCookie(res: ApiResponse): string {
  const cookie = res.headers.getSetCookie().find((line) => line.startsWith('bss_read_after='));
  if (!cookie) throw new Error(`no read-after cookie in ${JSON.stringify(res.headers.getSetCookie())}`);
  return cookie.split(';')[0];
}

async function metric(name: string): Promise<number | null> {
  const res = await fetch(`${t.baseUrl}/metrics`);
  const line = (await res.text()).split('\n').find((l) => l.startsWith(`${name}{replica="${replicaLabel}"}`));
  return line ? Number(line.split(' ').pop()) : null;
}

async function until(what: string, check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function onReplica<T>(sql: string): Promise<T[]> {
  const client = new Client({ connectionString: pair.replicaAdminUrl });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const list = (headers: Record<string, string> = {}) => t.request('GET', '/api/requests?limit=50', { token: tokenOf(w, 'cadre'), headers });

beforeAll(async () => {
  pair = await startStreamingPair();
  replicaLabel = `127.0.0.1:${new URL(pair.replicaUrl).port}/banshishi`;
  t = await createTestApp({ DATABASE_URL: pair.primaryUrl, DATABASE_REPLICA_URLS: pair.replicaUrl, METRICS: 'on' }, undefined, {
    database: { url: pair.primaryUrl, drop: async () => undefined },
  });
  w = await testWorld(t);
  await pair.caughtUp();
  await until('the replica to take reads', async () => (await metric('banshishi_replica_up')) === 1);
}, 90_000);

afterAll(async () => {
  await t?.close();
  await pair?.stop();
}, 30_000);

describe('read replicas (DATABASE_REPLICA_URLS) over streaming replication', () => {
  it('reads lists and dashboards from the replica and says how old their data is; writes go to the primary', async () => {
    const created = await submit(w, 'worker');
    await pair.caughtUp();
    const marks = pair.logMarks();
    const res = await list();
    expect(res.status).toBe(200);
    expect(res.body.items.map((item: { id: string }) => item.id)).toContain(created.id);
    const asOf = res.headers.get('x-data-as-of');
    expect(asOf).toMatch(ISO);
    expect(Date.now() - Date.parse(asOf!)).toBeLessThan(30_000);
    const summary = await t.request('GET', '/api/dashboard/summary', { token: tokenOf(w, 'cadre') });
    expect(summary.status).toBe(200);
    expect(summary.headers.get('x-data-as-of')).toMatch(ISO);

    const logs = pair.logSince(marks);
    expect(ran(logs.replica, REPLICA_APP, LIST_TABLE)).toBeGreaterThan(0);
    expect(ran(logs.replica, REPLICA_APP, 'request_figure_day')).toBeGreaterThan(0);
    expect(ran(logs.primary, 'banshishi', LIST_TABLE)).toBe(0);
    expect(ran(logs.primary, 'banshishi', 'request_figure_day')).toBe(0);
    // the submission itself was written on the primary: a standby takes no writes
    expect(ran(logs.replica, REPLICA_APP, 'INSERT')).toBe(0);

    expect(await metric('banshishi_replica_lag_seconds')).toBeLessThan(30);
  });

  it("runs the app's statements without parallel workers, on the primary and on the replica", async () => {
    const setting = (db: DataSource) => db.query(`SHOW max_parallel_workers_per_gather`) as Promise<{ max_parallel_workers_per_gather: string }[]>;
    expect(await setting(t.app.get(DataSource))).toEqual([{ max_parallel_workers_per_gather: '0' }]);
    expect(await t.app.get(ReadReplicas).read(setting)).toEqual([{ max_parallel_workers_per_gather: '0' }]);
    // the servers themselves keep their default: only the app's connections ask
    const admin = new Client({ connectionString: pair.replicaAdminUrl });
    await admin.connect();
    try {
      expect((await admin.query(`SHOW max_parallel_workers_per_gather`)).rows).toEqual([{ max_parallel_workers_per_gather: '2' }]);
    } finally {
      await admin.end();
    }
  });

  it("reads a reader's own write back at once while the replica is behind; others see the replica's older data", async () => {
    const accepted = await submit(w, 'worker');
    await pair.caughtUp();
    const { version } = await detail(w, accepted.id);
    await onReplica(`SELECT pg_wal_replay_pause()`);
    try {
      // the requester's page right after submitting
      const res = await t.request('POST', '/api/requests', {
        token: tokenOf(w, 'worker'),
        body: { categoryId: w.categoryId, title: '读已写：提交后立即查看', description: '刚提交的诉求必须马上能看到。' },
      });
      expect(res.status).toBe(201);
      const cookie = readAfterCookie(res);
      const own = await t.request('GET', `/api/requests/${res.body.id}`, { token: tokenOf(w, 'worker'), headers: { cookie } });
      expect(own.status).toBe(200);
      expect(own.headers.get('x-data-as-of')).toBeNull(); // from the primary
      const mine = await t.request('GET', '/api/requests/mine', { token: tokenOf(w, 'worker'), headers: { cookie } });
      expect(mine.body.items.map((item: { id: string }) => item.id)).toContain(res.body.id);
      // without the cookie the same read goes to the paused replica, which has not seen the request yet
      const elsewhere = await t.request('GET', `/api/requests/${res.body.id}`, { token: tokenOf(w, 'worker') });
      expect(elsewhere.status).toBe(404);

      // a cadre's detail after an action
      const acting = await t.request('POST', `/api/requests/${accepted.id}/actions/accept`, { token: tokenOf(w, 'cadre'), body: { version } });
      expect(acting.status).toBe(200);
      // a client without a cookie jar sends back the X-Read-After header instead (the same signed value)
      const readAfter = acting.headers.get('x-read-after');
      expect(decodeURIComponent(readAfterCookie(acting))).toBe(`bss_read_after=${readAfter}`);
      const after = await t.request('GET', `/api/requests/${accepted.id}`, { token: tokenOf(w, 'cadre'), headers: { 'x-read-after': readAfter! } });
      expect(after.body.status).toBe('accepted');
      const stale = await t.request('GET', `/api/requests/${accepted.id}`, { token: tokenOf(w, 'cadre') });
      expect(stale.body.status).toBe('submitted');
      expect(stale.headers.get('x-data-as-of')).toMatch(ISO);
      const forged = await t.request('GET', `/api/requests/${accepted.id}`, { token: tokenOf(w, 'cadre'), headers: { 'x-read-after': readAfter!.replace(/\.[^.]+$/, '.forged') } });
      expect(forged.body.status).toBe('submitted'); // an unsigned position is ignored
    } finally {
      await onReplica(`SELECT pg_wal_replay_resume()`);
    }
    // caught up, the replica serves the same reader again
    await pair.caughtUp();
    await until('the replica to be checked past the write', async () => (await metric('banshishi_replica_lag_seconds'))! < 2);
    const fromReplica = await t.request('GET', `/api/requests/${accepted.id}`, { token: tokenOf(w, 'cadre') });
    expect(fromReplica.body.status).toBe('accepted');
    expect(fromReplica.headers.get('x-data-as-of')).toMatch(ISO);
  }, 45_000);

  it('loses no request and no page when the replica is killed under load, and reads return to it once it is back', async () => {
    let running = true;
    const pages: number[] = [];
    const submitted: string[] = [];
    const failures: string[] = [];
    const reader = async () => {
      while (running) {
        const res = await list();
        pages.push(res.status);
        if (res.status !== 200) failures.push(`GET ${res.status} ${JSON.stringify(res.body)}`);
      }
    };
    const writer = async () => {
      while (running) {
        const res = await t.request('POST', '/api/requests', {
          token: tokenOf(w, 'worker'),
          body: { categoryId: w.categoryId, title: `副本宕机时提交第${submitted.length + 1}件`, description: '只读副本被杀掉时提交的诉求。' },
        });
        if (res.status === 201) submitted.push(res.body.id);
        else failures.push(`POST ${res.status} ${JSON.stringify(res.body)}`);
      }
    };
    const load = [reader(), reader(), reader(), writer()];
    await new Promise((resolve) => setTimeout(resolve, 500));
    const beforeKill = pages.length;
    await pair.killReplica();
    await new Promise((resolve) => setTimeout(resolve, 2000));
    running = false;
    await Promise.all(load);
    expect(failures).toEqual([]);
    expect(beforeKill).toBeGreaterThan(0);
    expect(pages.length).toBeGreaterThan(beforeKill);
    expect(submitted.length).toBeGreaterThan(0);

    await until('the replica to be marked down', async () => (await metric('banshishi_replica_up')) === 0);
    const marks = pair.logMarks();
    const down = await list();
    expect(down.status).toBe(200);
    expect(down.headers.get('x-data-as-of')).toBeNull();
    expect(ran(pair.logSince(marks).primary, 'banshishi', LIST_TABLE)).toBeGreaterThan(0);
    const shown = new Set(down.body.items.map((item: { id: string }) => item.id));
    for (const id of submitted.slice(-10)) expect(shown).toContain(id);

    await pair.restartReplica();
    await pair.caughtUp();
    await until('the replica to take reads again', async () => (await metric('banshishi_replica_up')) === 1);
    const back = pair.logMarks();
    const again = await list();
    expect(again.status).toBe(200);
    expect(again.headers.get('x-data-as-of')).toMatch(ISO);
    expect(ran(pair.logSince(back).replica, REPLICA_APP, LIST_TABLE)).toBeGreaterThan(0);
    const seen = new Set(again.body.items.map((item: { id: string }) => item.id));
    for (const id of submitted.slice(-10)) expect(seen).toContain(id); // written while it was down, streamed since
  }, 60_000);
});
