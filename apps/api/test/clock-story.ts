// One request's life on the working-day clocks, told against one or several API processes sharing one database
// and one fake clock (CLOCK=database): warning → overdue → 督办 → resolved → the answer window closes it.
import { WorkingDayCalendar } from '@banshishi/workflow';
import { CLOCK_OFFSET_SETTING } from '../src/platform/clock/database-clock';

export type Sql = <T = Record<string, unknown>>(text: string, params?: unknown[]) => Promise<T[]>;

export interface ClockWorld {
  /** API base URLs; the story's requests go to each in turn */
  urls: string[];
  sql: Sql;
  /** Lets the sweep run: several sweeps at once in-process, or waiting (until `reached`) for the instances' jobs. */
  settle(reached?: () => Promise<boolean>): Promise<void>;
}

const MINUTE = 60_000;

export async function call(url: string, method: string, path: string, options: { token?: string; body?: unknown } = {}) {
  const headers: Record<string, string> = {};
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${url}${path}`, { method, headers, body: options.body === undefined ? undefined : JSON.stringify(options.body) });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

/** Moves the shared fake clock so that it reads `instant` now. */
export async function setClock(sql: Sql, instant: Date): Promise<void> {
  await sql(
    `INSERT INTO app_setting (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    [CLOCK_OFFSET_SETTING, JSON.stringify(instant.getTime() - Date.now())],
  );
}

export async function workingDays(sql: Sql): Promise<WorkingDayCalendar> {
  const rows = await sql<{ day: string; kind: string }>(`SELECT to_char(day, 'YYYY-MM-DD') AS day, kind FROM calendar_day`);
  return new WorkingDayCalendar({ holidays: rows.filter((r) => r.kind === 'holiday').map((r) => r.day), workdays: rows.filter((r) => r.kind === 'workday').map((r) => r.day) });
}

export interface StoryPeople {
  tokens: Record<string, string>;
  ids: Record<string, string>;
  categoryId: string;
}

/** Logs the demo accounts in and adds a leader at the grassroots unit, so overdue (own unit) and 督办 (parent) differ. */
export async function people(world: ClockWorld): Promise<StoryPeople> {
  const url = world.urls[0];
  const tokens: Record<string, string> = {};
  for (const who of ['worker', 'cadre', 'leader', 'admin']) {
    tokens[who] = (await call(url, 'POST', '/api/auth/login', { body: { username: who, password: 'demo-pass-2026' } })).body.accessToken;
  }
  const [machinery] = await world.sql<{ id: string }>(`SELECT id FROM org_unit WHERE name = '江海精密机械有限公司工会'`);
  const created = await call(url, 'POST', '/api/users', {
    token: tokens.admin,
    body: { username: 'mleader', displayName: '周主席', password: 'demo-pass-2026', roles: [{ role: 'leader', unitId: machinery.id }] },
  });
  if (created.status !== 201) throw new Error(`creating mleader: ${created.status} ${JSON.stringify(created.body)}`);
  const ids: Record<string, string> = { mleader: created.body.id };
  for (const who of ['worker', 'cadre', 'leader']) ids[who] = (await call(url, 'GET', '/api/auth/me', { token: tokens[who] })).body.id;
  const [category] = await world.sql<{ id: string }>(`SELECT id FROM category WHERE active ORDER BY sort_order, code LIMIT 1`);
  await world.sql(`UPDATE category SET grace_days = 2 WHERE id = $1`, [category.id]);
  return { tokens, ids, categoryId: category.id };
}

/** A request submitted by the worker, accepted and assigned to the cadre (each call on the next instance). */
export async function assignedRequest(world: ClockWorld, p: StoryPeople, title: string): Promise<string> {
  const url = (i: number) => world.urls[i % world.urls.length];
  const submitted = await call(url(0), 'POST', '/api/requests', {
    token: p.tokens.worker,
    body: { categoryId: p.categoryId, title, description: '车间里的问题已经反映多次，希望工会尽快协调解决。' },
  });
  if (submitted.status !== 201) throw new Error(`submit: ${submitted.status} ${JSON.stringify(submitted.body)}`);
  const id = submitted.body.id;
  const accepted = await call(url(1), 'POST', `/api/requests/${id}/actions/accept`, { token: p.tokens.cadre, body: { version: 1 } });
  const assigned = await call(url(2), 'POST', `/api/requests/${id}/actions/assign`, { token: p.tokens.cadre, body: { version: accepted.body.version, handlerId: p.ids.cadre } });
  if (assigned.status !== 200) throw new Error(`assign: ${assigned.status} ${JSON.stringify(assigned.body)}`);
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
export async function runClockStory(world: ClockWorld, p: StoryPeople): Promise<void> {
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
  const url = world.urls[world.urls.length - 1];
  const detail = (await call(url, 'GET', `/api/requests/${id}`, { token: p.tokens.cadre })).body;
  const resolved = await call(url, 'POST', `/api/requests/${id}/actions/resolve`, { token: p.tokens.cadre, body: { version: detail.version, resolution: '已协调企业补发高温补贴' } });
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
    'progress→worker': 1,
    'answer_requested→worker': 1,
  });
  const actions = await sql<{ action: string }>(`SELECT action FROM request_event WHERE request_id = $1 AND action IN ('escalate', 'close_unrated') ORDER BY id`, [id]);
  expect(actions.map((a) => a.action)).toEqual(['escalate', 'escalate', 'close_unrated']);
}
