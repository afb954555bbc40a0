// A process that survives its database: the real app (in this process) on its OWN embedded PostgreSQL (not the shared
// test server), supervised by startEmbeddedPostgres in a helper process, whose postmaster is killed with SIGKILL. While it is down: 503 DATABASE_UNAVAILABLE with Retry-After in
// bounded time, live 200, ready 503, no unhandled rejection; then the supervision brings the server back on the same
// port and data by itself, every acknowledged write is there and new writes work.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { PassThrough } from 'node:stream';
import { runInThisContext } from 'node:vm';
import PgBoss from 'pg-boss';
import { DataSource } from 'typeorm';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { CLOCK_SWEEP_JOB } from '../src/modules/implementation/clock-sweep/clock-sweep.service';
import { JobsService } from '../src/platform/jobs/jobs.service';
import { httpApi, type Api, type ApiResponse } from './support/http';
import { alive, postmasterPid, startSupervisedServer, stopSupervisedServer } from './support/postgres-process';
import { signIn } from './support/world';

const FIRST_RESTART_DELAY_MS = 4000; // long enough to look at the outage; production starts at 250 ms
const RECOVERY_LIMIT_MS = 15_000;

/** Node's own process object: jest's sandbox has a copy whose listeners never hear of unhandled rejections. */
const nodeProcess = runInThisContext('process') as NodeJS.Process;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Asks until `done` says yes or the deadline passes; returns the last answer and when it came. */
async function poll(ask: () => Promise<ApiResponse>, done: (res: ApiResponse) => boolean, deadlineMs: number): Promise<ApiResponse> {
  let last = await ask();
  while (!done(last) && Date.now() < deadlineMs) {
    await sleep(100);
    last = await ask();
  }
  return last;
}

async function timed(work: () => Promise<ApiResponse>): Promise<{ res: ApiResponse; ms: number }> {
  const started = Date.now();
  const res = await work();
  return { res, ms: Date.now() - started };
}

describe('resilience: the app survives its database being killed (own embedded PostgreSQL, SIGKILL)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'banshishi-resilience-'));
  const clusterDir = join(folder, 'pg');
  const notices: string[] = [];
  const rejections: unknown[] = [];
  const onRejection = (reason: unknown) => rejections.push(reason);
  const logs = new PassThrough();
  let logText = '';
  let supervisor: ChildProcess | undefined;
  let app: NestFastifyApplication | undefined;
  let api: Api;
  let token: string;
  let categoryId: string;

  const submit = (title: string) => api.request('POST', '/api/requests', { token, body: { categoryId, title, description: `${title}：断电恢复后的数据必须仍在。` } });

  beforeAll(async () => {
    chmodSync(folder, 0o755); // the server runs as `postgres` when we are root
    nodeProcess.on('unhandledRejection', onRejection);
    logs.on('data', (chunk: Buffer) => (logText += chunk.toString('utf8')));
    const started = startSupervisedServer(clusterDir, [FIRST_RESTART_DELAY_MS, 500], (line) => notices.push(line));
    supervisor = started.child;
    const databaseUrl = await started.url;
    // Jobs on, sweeping every second: pg-boss completes jobs against the dying database (timgit/pg-boss#577).
    const config = loadConfig({
      NODE_ENV: 'test',
      WEB_DIR: '/nonexistent',
      DATA_DIR: join(folder, 'data'),
      SEED_DEMO_REQUESTS: 'false',
      JOBS: 'on',
      CLOCK_SWEEP_SECONDS: '1',
    });
    app = await createApp({ config, databaseUrl, appSecret: 'test-secret-'.padEnd(40, 'x'), logStream: logs });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.getHttpServer().address();
    api = httpApi(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`);
    token = (await signIn(api, 'worker')).token;
    categoryId = (await api.request('GET', '/api/categories')).body[0].id;
  }, 120_000);

  afterAll(async () => {
    nodeProcess.off('unhandledRejection', onRejection);
    await app?.close().catch(() => undefined);
    if (supervisor) await stopSupervisedServer(supervisor, clusterDir);
    rmSync(folder, { recursive: true, force: true });
  }, 60_000);

  it('hears of unhandled rejections (the probe for the assertion below)', async () => {
    // jest fails the running test on one too: its listeners step aside for the probe.
    const jests = nodeProcess.listeners('unhandledRejection').filter((listener) => listener !== onRejection);
    for (const listener of jests) nodeProcess.off('unhandledRejection', listener);
    try {
      void Promise.reject(new Error('probe: unhandled on purpose'));
      await sleep(50);
    } finally {
      for (const listener of jests) nodeProcess.on('unhandledRejection', listener);
    }
    expect(rejections).toEqual([expect.objectContaining({ message: 'probe: unhandled on purpose' })]);
    rejections.length = 0;
  });

  it('answers 503 while the server is dead, stays alive, and carries on when the supervision has restarted it', async () => {
    const acknowledged: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const res = await submit(`停电前的第${i}条诉求`);
      expect(res.status).toBe(201);
      acknowledged.push(res.body.id);
    }
    const ready = await api.request('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({ status: 'ok', info: { database: { status: 'up' }, migrations: { status: 'up' }, jobs: { status: 'up' }, uploads: { status: 'up' } } });

    const pid = postmasterPid(clusterDir);
    process.kill(pid, 'SIGKILL');
    const killedAt = Date.now();

    // A request that needs the database: 503 soon, with Retry-After.
    const down = await poll(
      () => api.request('GET', '/api/requests/mine', { token }),
      (res) => res.status === 503,
      killedAt + 3000,
    );
    const secondsTo503 = (Date.now() - killedAt) / 1000;
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ code: 'DATABASE_UNAVAILABLE', message: expect.any(String) });
    expect(down.headers.get('retry-after')).toBe('5');
    const write = await timed(() => submit('停电时的诉求'));
    expect(write.res.status).toBe(503);
    expect(write.res.body.code).toBe('DATABASE_UNAVAILABLE');
    expect(write.ms).toBeLessThan(6000);

    const live = await timed(() => api.request('GET', '/api/health/live'));
    expect(live.res.status).toBe(200);
    expect(live.ms).toBeLessThan(1000);
    const notReady = await timed(() => api.request('GET', '/api/health/ready'));
    expect(notReady.res.status).toBe(503);
    expect(notReady.res.body).toMatchObject({ status: 'error', code: 'NOT_READY', error: { database: { status: 'down' } } });
    expect(notReady.res.body.message).toContain('database');
    expect(notReady.ms).toBeLessThan(2500);
    expect((await api.request('GET', '/api/health')).status).toBe(503);
    expect(alive(pid)).toBe(false);
    // What pg-boss's worker does after a job's handler (timgit/pg-boss#577): complete it without awaiting.
    const boss = (app!.get(JobsService) as unknown as { boss: PgBoss }).boss;
    void boss.complete(CLOCK_SWEEP_JOB, randomUUID());
    void boss.fail(CLOCK_SWEEP_JOB, randomUUID());
    await sleep(300);
    expect(rejections).toEqual([]);
    expect(logText).toMatch(/pg-boss: .*ECONNREFUSED/);
    expect(Date.now() - killedAt).toBeLessThan(FIRST_RESTART_DELAY_MS); // all of the above really saw the outage

    // Back by itself, same port and data.
    const back = await poll(
      () => api.request('GET', '/api/health/ready'),
      (res) => res.status === 200,
      killedAt + RECOVERY_LIMIT_MS,
    );
    const secondsToRecover = (Date.now() - killedAt) / 1000;
    expect(back.status).toBe(200);
    expect(postmasterPid(clusterDir)).not.toBe(pid);
    expect(notices).toEqual([expect.stringContaining(`pid ${pid} was killed by SIGKILL`), expect.stringContaining('embedded PostgreSQL restarted after')]);

    // The request pool reconnects: every acknowledged write is there, and new writes work.
    const mine = await poll(
      () => api.request('GET', '/api/requests/mine?limit=50', { token }),
      (res) => res.status === 200,
      Date.now() + 5000,
    );
    expect(mine.status).toBe(200);
    const rows: { id: string }[] = await app!.get(DataSource).query(`SELECT id FROM request WHERE id = ANY($1)`, [acknowledged]);
    expect(rows.map((row) => row.id).sort()).toEqual([...acknowledged].sort());
    const after = await submit('恢复后的诉求');
    expect(after.status).toBe(201);

    // pg-boss lost its connections too; it said so through its 'error' event (logged), never as a rejection.
    await sleep(3000); // a few more job polls and sweeps on the restarted server
    expect(rejections).toEqual([]);
    expect(logText).toMatch(/database unavailable/);
    process.stdout.write(
      `${notices.join('\n')}\nresilience: 503 after ${secondsTo503.toFixed(2)} s, ready again after ${secondsToRecover.toFixed(1)} s (restart delay ${FIRST_RESTART_DELAY_MS / 1000} s)\n`,
    );
  }, 60_000);
});
