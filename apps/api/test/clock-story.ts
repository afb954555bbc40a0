// One request's life on the working-day clocks, told against one or several API processes sharing one database
// and one fake clock (CLOCK=database): warning → overdue → 督办 → resolved → the answer window closes it.
import { WorkingDayCalendar } from '@banshishi/workflow';
import { CLOCK_OFFSET_SETTING } from '../src/platform/clock/database-clock';
import { act, detail, submit, tryAct } from './support/factories';
import { bodyOf, type Api } from './support/http';
import { category, newUser, onApi, testWorld, type TestWorld } from './support/world';

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface ClockWorld {
  /** the API processes; the story's requests go to each in turn */
  apis: Api[];
  sql: Sql;
  /** Lets the sweep run: several sweeps at once in-process, or waiting (until `reached`) for the instances' jobs. */
  settle(reached?: () => Promise<boolean>): Promise<void>;
}

const MINUTE = 60_000;

/** Moves the shared fake clock so that it reads `instant` now. */
export async function setClock(sql: Sql, instant: Date): Promise<void> {
  await sql(`INSERT INTO app_setting (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`, [
    CLOCK_OFFSET_SETTING,
    JSON.stringify(instant.getTime() - Date.now()),
  ]);
}

export async function workingDays(sql: Sql): Promise<WorkingDayCalendar> {
  const rows = await sql<{ day: string; kind: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`);
  return new WorkingDayCalendar({ holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.day), workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.day) });
}

/**
 * The demo people, and a leader at the grassroots unit so overdue (own unit) and 督办 (parent) differ; the first
 * category gets a grace of 2 working days.
 */
export async function people(world: ClockWorld): Promise<TestWorld> {
  const w = await testWorld(world.apis[0]);
  await newUser(w, { username: 'mleader', displayName: '周主席', role: 'leader', unit: '江海精密机械有限公司工会' });
  const { id, version } = category(w);
  bodyOf(await w.api.request('PATCH', `/api/categories/${id}`, { token: w.tokens.admin, body: { graceDays: 2, version } }), 200, 'category grace');
  return w;
}

/** A request submitted by the worker, accepted and assigned to the cadre (each step on the next instance). */
export async function assignedRequest(world: ClockWorld, w: TestWorld, title: string): Promise<string> {
  const on = (i: number) => onApi(w, world.apis[i % world.apis.length]);
  const { id } = await submit(on(0), 'worker', { title, description: '车间里的问题已经反映多次，希望工会尽快协调解决。' });
  const accepted = await act(on(1), 'cadre', id, 'accept', { version: 1 });
  await act(on(2), 'cadre', id, 'assign', { version: accepted.version, handlerId: w.ids.cadre });
  return id;
}

export async function clockEvents(sql: Sql, requestId: string): Promise<Record<string, number>> {
  const rows = await sql<{ kind: string; n: number }>(`SELECT kind, count(*)::int AS n FROM clock_event WHERE request_id = $1 GROUP BY kind`, [requestId]);
  return Object.fromEntries(rows.map((r) => [r.kind, r.n]));
}

/** "kind→recipient" → count; recipient names from `ids`. */
export async function notifications(sql: Sql, requestId: string, ids: Record<string, string>): Promise<Record<string, number>> {
  const names = new Map(Object.entries(ids).map(([name, id]) => [id, name]));
  const rows = await sql<{ kind: string; recipient_id: string | null; n: number }>(
    `SELECT kind, recipient_id, count(*)::int AS n FROM notification WHERE request_id = $1 GROUP BY kind, recipient_id`,
    [requestId],
  );
  return Object.fromEntries(rows.map((r) => [`${r.kind}→${r.recipient_id === null ? 'anonymous' : (names.get(r.recipient_id) ?? r.recipient_id)}`, r.n]));
}

async function count(sql: Sql, requestId: string, kind: string): Promise<number> {
  const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM notification WHERE request_id = $1 AND kind = $2`, [requestId, kind]);
  return row.n;
}

/** The whole story; every expectation is on exact counts, so a double firing anywhere fails it. */
export async function runClockStory(world: ClockWorld, p: TestWorld): Promise<void> {
  const { sql } = world;
  const id = await assignedRequest(world, p, '冲压车间夏季高温补贴未发放');
  const calendar = await workingDays(sql);
  const [clock] = await sql<{ warn: Date; due: Date }>(`SELECT resolution_warn_at AS warn, resolution_due_at AS due FROM request WHERE id = $1`, [id]);

  // 80 %: a warning to the handler
  await setClock(sql, new Date(clock.warn.getTime() + MINUTE));
  await world.settle(async () => (await count(sql, id, 'warning')) > 0);
  expect(await clockEvents(sql, id)).toEqual({ resolution_warning: 1 });
  expect(await notifications(sql, id, p.ids)).toEqual({ 'assigned→cadre': 1, 'warning→cadre': 1 });

  // past due: overdue mark, the unit's own leader told, an escalate(overdue) on the timeline
  await setClock(sql, new Date(clock.due.getTime() + MINUTE));
  await world.settle(async () => (await count(sql, id, 'overdue')) > 0);
  expect(await clockEvents(sql, id)).toEqual({ resolution_warning: 1, resolution_overdue: 1 });
  expect(await notifications(sql, id, p.ids)).toEqual({ 'assigned→cadre': 1, 'warning→cadre': 1, 'overdue→mleader': 1 });

  // past the category's grace (2 working days): 督办 to the parent unit's leaders (here the district's)
  await setClock(sql, new Date(calendar.addWorkingDays(clock.due, 2).getTime() + MINUTE));
  await world.settle(async () => (await count(sql, id, 'escalation')) > 0);
  expect(await clockEvents(sql, id)).toEqual({ resolution_warning: 1, resolution_overdue: 1, resolution_escalation: 1 });
  expect(await notifications(sql, id, p.ids)).toEqual({ 'assigned→cadre': 1, 'warning→cadre': 1, 'overdue→mleader': 1, 'escalation→leader': 1 });
  const escalations = await sql<{ level: string }>(`SELECT payload->>'level' AS level FROM request_event WHERE request_id = $1 AND action = 'escalate' ORDER BY id`, [id]);
  expect(escalations.map((e) => e.level)).toEqual(['overdue', 'grace']);

  // the handler resolves; the requester is asked for an answer
  const last = onApi(p, world.apis[world.apis.length - 1]);
  const { version } = await detail(last, id);
  const resolved = await tryAct(last, 'cadre', id, 'resolve', { version, resolution: '已协调企业补发高温补贴' });
  expect(resolved.status).toBe(200);
  const [{ resolved_at: resolvedAt }] = await sql<{ resolved_at: Date }>(`SELECT resolved_at FROM request WHERE id = $1`, [id]);
  const windowEnd = calendar.addWorkingDays(resolvedAt, 7);

  // (actions stamp system time, so the clock is set from the resolution: just before the window ends, nothing)
  await setClock(sql, new Date(windowEnd.getTime() - MINUTE));
  await world.settle();
  expect((await sql<{ status: string }>(`SELECT status FROM request WHERE id = $1`, [id]))[0].status).toBe('resolved');

  // the answer window ends: closed unrated, once
  await setClock(sql, new Date(windowEnd.getTime() + MINUTE));
  await world.settle(async () => (await sql<{ status: string }>(`SELECT status FROM request WHERE id = $1`, [id]))[0].status === 'closed');
  const [closed] = await sql<{ status: string; closed_at: Date | null }>(`SELECT status, closed_at FROM request WHERE id = $1`, [id]);
  expect(closed.status).toBe('closed');
  expect(closed.closed_at).not.toBeNull();
  expect(await clockEvents(sql, id)).toEqual({ resolution_warning: 1, resolution_overdue: 1, resolution_escalation: 1, answer_window_closed: 1 });
  expect(await notifications(sql, id, p.ids)).toEqual({
    'assigned→cadre': 1,
    'warning→cadre': 1,
    'overdue→mleader': 1,
    'escalation→leader': 1,
    // the resolution, and (from the clock's close_unrated) that the request closed without an answer
    'progress→worker': 2,
    'answer_requested→worker': 1,
  });
  const actions = await sql<{ action: string }>(`SELECT action FROM request_event WHERE request_id = $1 AND action IN ('escalate', 'close_unrated') ORDER BY id`, [id]);
  expect(actions.map((a) => a.action)).toEqual(['escalate', 'escalate', 'close_unrated']);
}
