// The working-day clocks with a controllable clock (CLOCK=database): warning → overdue → 督办 → answer-window close,
// each event and notification exactly once, first with overlapping sweeps in one process, then with three API
// processes (pg-boss jobs) on one database.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ClockSweepService } from '../src/modules/implementation/clock-sweep/clock-sweep.service';
import { assignedRequest, clockEvents, notifications, people, runClockStory, setClock, type ClockWorld, type Sql } from './clock-story';
import { act, tryAct } from './support/factories';
import { httpApi } from './support/http';
import type { TestWorld } from './support/world';
import { ensureBuiltApi, MAIN, ROOT } from './support/processes';
import { createTestApp, type TestApp } from './test-app';
import { createTestDatabase, type TestDatabase } from './test-database';

const MINUTE = 60_000;

describe('clocks in one process, sweeps overlapping', () => {
  let t: TestApp;
  let world: ClockWorld;
  let p: TestWorld;

  beforeAll(async () => {
    t = await createTestApp({ CLOCK: 'database' });
    const db = t.app.get(DataSource);
    const sweeper = t.app.get(ClockSweepService);
    world = {
      apis: [t],
      sql: ((text: string, params?: unknown[]) => db.query(text, params)) as Sql,
      // three sweeps at once, then one more: the UNIQUE insert lets exactly one fire each event
      settle: async () => {
        await Promise.all([sweeper.sweep(), sweeper.sweep(), sweeper.sweep()]);
        await sweeper.sweep();
      },
    };
    p = await people(world);
  });
  afterAll(async () => {
    await t.close();
  });

  it('passes warning → overdue → escalation → answer-window close, each once', async () => {
    await runClockStory(world, p);
  });

  it('fires a new warning and overdue for the due time an approved extension sets, none for the old one', async () => {
    const id = await assignedRequest(world, p, '宿舍热水器坏了');
    const [before] = await world.sql<{ warn: Date; due: Date }>(`SELECT resolution_warn_at AS warn, resolution_due_at AS due FROM request WHERE id = $1`, [id]);
    await setClock(world.sql, new Date(before.warn.getTime() + MINUTE));
    await world.settle();
    expect(await clockEvents(world.sql, id)).toEqual({ resolution_warning: 1 });

    // 延期 asked for and approved before the (real) due time: the clock moves 10 working days
    const asked = await act(p, 'cadre', id, 'request_extension', { days: 10, reason: '需等厂家配件' });
    const approved = await tryAct(p, 'leader', id, 'decide_extension', { version: asked.version, decision: 'approved' });
    expect(approved.status).toBe(200);
    const [after] = await world.sql<{ warn: Date; due: Date }>(`SELECT resolution_warn_at AS warn, resolution_due_at AS due FROM request WHERE id = $1`, [id]);

    // past the old due time: not overdue any more
    await setClock(world.sql, new Date(before.due.getTime() + MINUTE));
    await world.settle();
    expect((await clockEvents(world.sql, id)).resolution_overdue).toBeUndefined();

    // past the new warning and due time: a warning and an overdue for the new due time, once each
    await setClock(world.sql, new Date(after.due.getTime() + MINUTE));
    await world.settle();
    await world.settle();
    const events = await world.sql<{ kind: string; due_at: Date }>(`SELECT kind, due_at FROM clock_event WHERE request_id = $1 ORDER BY id`, [id]);
    expect(events.map((e) => [e.kind, e.due_at.toISOString()])).toEqual([
      ['resolution_warning', before.due.toISOString()],
      ['resolution_warning', after.due.toISOString()],
      ['resolution_overdue', after.due.toISOString()],
    ]);
    expect(after.warn.getTime()).toBeGreaterThan(before.due.getTime());
    expect(await notifications(world.sql, id, p.ids)).toEqual({ 'assigned→cadre': 1, 'warning→cadre': 2, 'overdue→mleader': 1 });
  });
});

/** Starts `node main.js`; the child is added to `started` at once, so afterAll stops it even if another fails. */
function startApi(databaseUrl: string, dataDir: string, started: ChildProcess[]): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [MAIN], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      PORT: '0',
      HOST: '127.0.0.1',
      APP_SECRET: 'test-secret-'.padEnd(40, 'x'),
      WEB_DIR: '/nonexistent',
      DATA_DIR: dataDir,
      SEED_DEMO_REQUESTS: 'false',
      CLOCK: 'database',
      JOBS: 'on',
      CLOCK_SWEEP_SECONDS: '1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the API did not start:\n${output}`)), 30_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (process.env.DEBUG_CLOCKS) process.stderr.write(chunk);
      const match = /listening on http:\/\/localhost:(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://127.0.0.1:${match[1]}` });
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the API exited (${code}):\n${output}`));
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('clocks with three API processes on one database (pg-boss jobs)', () => {
  let database: TestDatabase;
  let client: Client;
  let dataDir: string;
  const processes: ChildProcess[] = [];
  let world: ClockWorld;

  beforeAll(async () => {
    ensureBuiltApi();
    database = await createTestDatabase();
    client = new Client({ connectionString: database.url });
    await client.connect();
    dataDir = mkdtempSync(join(tmpdir(), 'banshishi-clocks-'));
    const started = await Promise.all([0, 1, 2].map(() => startApi(database.url, dataDir, processes)));
    world = {
      apis: started.map((s) => httpApi(s.url)),
      sql: (async (text: string, params?: unknown[]) => (await client.query(text, params)).rows) as Sql,
      // wait until some instance has swept the event, then through a few more sweeps of all three
      settle: async (reached) => {
        const deadline = Date.now() + 20_000;
        while (reached && !(await reached())) {
          if (Date.now() > deadline) throw new Error('no instance swept in 20 s');
          await sleep(200);
        }
        await sleep(2_500);
      },
    };
  }, 90_000);

  afterAll(async () => {
    await Promise.all(
      processes.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
            child.once('exit', () => {
              clearTimeout(kill);
              resolve();
            });
            child.kill('SIGTERM');
          }),
      ),
    );
    await client?.end();
    await database?.drop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('fires each event and notification once', async () => {
    await runClockStory(world, await people(world));
    // the sweep ran as pg-boss jobs, retried and scheduled in PostgreSQL
    const [jobs] = await world.sql<{ n: number }>(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'clock-sweep'`);
    expect(jobs.n).toBeGreaterThan(3);
    const [schedule] = await world.sql<{ cron: string }>(`SELECT cron FROM pgboss.schedule WHERE name = 'clock-sweep'`);
    expect(schedule.cron).toBe('* * * * *');
  }, 90_000);
});
