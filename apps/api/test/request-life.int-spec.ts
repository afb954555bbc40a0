// One executor for a request's life: whoever carries out a transition — a cadre, a project's completion, a clock,
// the anonymous requester on /track — the requester (named, or anonymous on the tracking page) and the handler get
// the same notifications, and the requester the same answer request.
import { DataSource } from 'typeorm';
import { ClockSweepService } from '../src/modules/implementation/clock-sweep/clock-sweep.service';
import { setClock, workingDays, type Sql } from './clock-story';
import { act, detail, inStatus, newProject, projectAct, projectDetail, type WalkedRequest } from './support/factories';
import { bodyOf } from './support/http';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const ANONYMOUS_UNIT = '江海精密机械有限公司工会';

describe("a request's life, whoever carries out the transition (real HTTP, real PostgreSQL)", () => {
  let t: TestApp;
  let w: TestWorld;
  let sql: Sql;
  let seq = 0;

  beforeAll(async () => {
    t = await createTestApp({ CLOCK: 'database' });
    const db = t.app.get(DataSource);
    sql = ((text: string, params?: unknown[]) => db.query(text, params)) as Sql;
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  /** Two accepted requests of one unit: the worker's (named) and an anonymous one through the QR entry. */
  async function pair(): Promise<{ named: WalkedRequest; anonymous: WalkedRequest }> {
    seq += 1;
    const description = '车间的问题已经反映多次，希望工会尽快协调企业解决。';
    const named = await inStatus(w, 'accepted', { request: { title: `车间饮水机坏了第${seq}次`, description } });
    const anonymous = await inStatus(w, 'accepted', { from: null, request: { unit: ANONYMOUS_UNIT, title: `宿舍热水不足第${seq}次`, description } });
    return { named, anonymous };
  }

  /** The worker's own notifications about one request, oldest first: kind and body. */
  async function workerNotices(requestId: string): Promise<{ kind: string; body: string }[]> {
    const page = bodyOf(await t.request('GET', '/api/notifications?limit=100', { token: w.tokens.worker }));
    return (page.items as { kind: string; body: string; requestId: string }[])
      .filter((n) => n.requestId === requestId)
      .reverse()
      .map(({ kind, body }) => ({ kind, body }));
  }

  /** What the anonymous requester reads on the tracking page. */
  async function tracked(r: WalkedRequest): Promise<{ status: string; notifications: { kind: string; title: string }[]; timeline: { action: string; note?: string }[] }> {
    return bodyOf(await t.request('GET', `/api/track/${r.code}?secret=${r.trackingSecret}`), 200, 'tracking');
  }

  async function completedProject(requests: WalkedRequest[], report: string): Promise<void> {
    const project = await newProject(w, 'cadre', { title: `车间生活设施改造第${seq}期`, requestIds: requests.map((r) => r.id) });
    for (const [as, action, input] of [
      ['cadre', 'submit', {}],
      ['leader', 'approve', {}],
      ['cadre', 'start', {}],
      ['cadre', 'complete', { report }],
    ] as const) {
      await projectAct(w, as, project.id, action, input);
    }
    expect((await projectDetail(w, project.id)).status).toBe('completed');
  }

  it("a cadre's resolve: the named requester is told and asked in-app, the anonymous one on the tracking page", async () => {
    const { named, anonymous } = await pair();
    for (const r of [named, anonymous]) {
      const assigned = await act(w, 'cadre', r.id, 'assign', { handlerId: w.ids.cadre });
      await act(w, 'cadre', r.id, 'resolve', { version: assigned.version, resolution: '饮水机和热水器已全部更换' });
    }
    expect(await workerNotices(named.id)).toEqual([
      { kind: 'progress', body: expect.stringContaining('饮水机和热水器已全部更换') },
      { kind: 'answer_requested', body: expect.stringContaining('请告诉我们') },
    ]);
    expect((await detail(w, named.id, 'worker')).availableActions).toContain('feedback');
    const page = await tracked(anonymous);
    expect(page.status).toBe('resolved');
    expect(page.notifications.map((n) => n.kind)).toEqual(['progress', 'answer_requested']);
  });

  it("a project's completion resolves both linked requests with the same notices and answer requests as a cadre's resolve", async () => {
    const { named, anonymous } = await pair();
    await completedProject([named, anonymous], '饮水机已更换，热水管路已改造完毕');

    for (const r of [named, anonymous]) {
      const [row] = await sql<{ status: string; resolved_at: Date | null }>(`SELECT status, resolved_at FROM request WHERE id = $1`, [r.id]);
      expect(row.status).toBe('resolved');
      expect(row.resolved_at).not.toBeNull();
      const [event] = await sql<{ actor_id: string | null; public: boolean; payload: { resolution: string } }>(
        `SELECT actor_id, public, payload FROM request_event WHERE request_id = $1 AND action = 'resolve'`,
        [r.id],
      );
      expect(event).toEqual({ actor_id: null, public: true, payload: { resolution: '饮水机已更换，热水管路已改造完毕' } });
    }
    expect(await workerNotices(named.id)).toEqual([
      { kind: 'progress', body: expect.stringContaining('饮水机已更换') },
      { kind: 'answer_requested', body: expect.stringContaining('请告诉我们') },
    ]);
    expect((await detail(w, named.id, 'worker')).availableActions).toContain('feedback');
    const page = await tracked(anonymous);
    expect(page.status).toBe('resolved');
    expect(page.notifications.map((n) => n.kind)).toEqual(['progress', 'answer_requested']);
    expect(page.timeline.find((e) => e.action === 'resolve')?.note).toBe('饮水机已更换，热水管路已改造完毕');

    // Both answer for themselves: the anonymous requester on /track, the worker signed in.
    const answer = { resolved: 'resolved', satisfaction: 'satisfied' };
    const res = await t.request('POST', `/api/track/${anonymous.code}/feedback`, { body: { ...answer, secret: anonymous.trackingSecret } });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('closed');
    expect((await act(w, 'worker', named.id, 'feedback', answer)).status).toBe('closed');
    const answers = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM request_answer WHERE request_id = ANY($1)`, [[named.id, anonymous.id]]);
    expect(answers[0].n).toBe(2);
  });

  it("the anonymous requester's 重办 on /track tells the handler, as the named worker's does", async () => {
    const { named, anonymous } = await pair();
    for (const r of [named, anonymous]) {
      const assigned = await act(w, 'cadre', r.id, 'assign', { handlerId: w.ids.cadre });
      await act(w, 'cadre', r.id, 'resolve', { version: assigned.version, resolution: '已协调更换' });
    }
    const unhappy = { resolved: 'unresolved', satisfaction: 'dissatisfied', comment: '还是没有热水' };
    expect((await t.request('POST', `/api/track/${anonymous.code}/feedback`, { body: { ...unhappy, secret: anonymous.trackingSecret } })).body.status).toBe('in_progress');
    expect((await act(w, 'worker', named.id, 'feedback', unhappy)).status).toBe('in_progress');
    for (const r of [named, anonymous]) {
      const rows = await sql<{ kind: string; recipient_id: string }>(`SELECT kind, recipient_id FROM notification WHERE request_id = $1 AND kind = 'request_reopened'`, [r.id]);
      expect(rows).toEqual([{ kind: 'request_reopened', recipient_id: w.ids.cadre }]);
    }
  });

  it("a clock's close_unrated tells both requesters, in-app and on the tracking page", async () => {
    const { named, anonymous } = await pair();
    await completedProject([named, anonymous], '两项问题均已整改完毕');
    const calendar = await workingDays(sql);
    const [{ resolved_at: resolvedAt }] = await sql<{ resolved_at: Date }>(`SELECT max(resolved_at) AS resolved_at FROM request WHERE id = ANY($1)`, [[named.id, anonymous.id]]);
    // past the answer window (7 working days after resolution)
    await setClock(sql, new Date(calendar.addWorkingDays(resolvedAt, 8).getTime() + 60_000));
    try {
      const swept = await t.app.get(ClockSweepService).sweep();
      expect(swept.failed).toBe(0);
    } finally {
      await setClock(sql, new Date());
    }

    for (const r of [named, anonymous]) {
      const [row] = await sql<{ status: string; closed_at: Date | null }>(`SELECT status, closed_at FROM request WHERE id = $1`, [r.id]);
      expect(row.status).toBe('closed');
      expect(row.closed_at).not.toBeNull();
    }
    const notices = await workerNotices(named.id);
    expect(notices.map((n) => n.kind)).toEqual(['progress', 'answer_requested', 'progress']);
    expect(notices[2].body).toContain('自动完结');
    const page = await tracked(anonymous);
    expect(page.status).toBe('closed');
    expect(page.notifications.map((n) => n.kind)).toEqual(['progress', 'answer_requested', 'progress']);
    expect(page.notifications[2].title).toBe('您的诉求有新进展');
    expect(page.timeline.map((e) => e.action).slice(-2)).toEqual(['resolve', 'close_unrated']);
  });

  it("a project's cancellation hands its requests back: to their handler, or to the unit's inbox; both requesters are told", async () => {
    const { named, anonymous } = await pair();
    const assigned = await act(w, 'cadre', named.id, 'assign', { handlerId: w.ids.cadre }); // in_progress, with a handler
    const project = await newProject(w, 'cadre', { title: `车间生活设施改造第${seq}期`, requestIds: [assigned.id, anonymous.id] });
    await projectAct(w, 'cadre', project.id, 'submit');
    await projectAct(w, 'leader', project.id, 'approve');
    await projectAct(w, 'leader', project.id, 'cancel', { reason: '企业已自行完成改造' });

    const back = await detail(w, named.id);
    expect(back.status).toBe('in_progress');
    expect(back.project).toBeNull();
    expect(back.availableActions).toContain('resolve');
    expect((await detail(w, anonymous.id)).status).toBe('accepted');
    expect((await workerNotices(named.id)).map((n) => n.body).at(-1)).toContain('所在的实事项目已取消（企业已自行完成改造）');
    const page = await tracked(anonymous);
    expect(page.status).toBe('accepted');
    expect(page.notifications.map((n) => n.kind)).toEqual(['progress']);
    expect(page.timeline.map((e) => e.action).slice(-2)).toEqual(['link_project', 'unlink_project']);
    // The cancelled project keeps them in its history; a new project may take them.
    expect((await projectDetail(w, project.id)).requests.map((r) => r.id).sort()).toEqual([named.id, anonymous.id].sort());
    const again = await newProject(w, 'cadre', { title: `车间生活设施改造第${seq}期（重新立项）`, requestIds: [named.id, anonymous.id] });
    expect((await detail(w, named.id)).project?.code).toBe(again.code);
    expect((await tracked(anonymous)).status).toBe('in_project');
  });
});
