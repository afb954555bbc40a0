// 实事项目 over real HTTP: creation from requests (all or nothing), editing, every project action (allowed → 200 + event;
// wrong state 422; wrong role 403; out of scope 404; stale 409; missing input 400), request-side linking, the
// requester's view of the project, and the public 公示 list that carries no personal data.
import type { ProjectDetail, RequestDetail } from '@banshishi/contracts';
import type { ProjectStatus } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { detail, inStatus, newProject, projectDetail, projectInStatus, tryProjectAct } from './support/factories';
import { testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const NOTE = '内部备注：职工家属重病，暂勿外传';
const CONTACT = '13800001111';

describe('实事项目 (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let seq = 0;

  const db = () => t.app.get(DataSource);

  /** A real-name request from the worker (with a contact), accepted by the cadre of town 1. */
  async function accepted(): Promise<RequestDetail> {
    seq += 1;
    return inStatus(w, 'accepted', {
      request: { unit: '江海精密机械有限公司工会', title: `车间饮水机坏了第${seq}次`, description: '三号车间的饮水机已经坏了一个星期，夏天工人喝不上水。', contact: CONTACT },
    });
  }
  /** An anonymous request through a unit's QR entry; `acceptor` accepts it when given. */
  async function anonymous(unitName: string, acceptor?: string): Promise<{ request: RequestDetail; code: string; secret: string }> {
    seq += 1;
    const request = await inStatus(w, acceptor ? 'accepted' : 'submitted', {
      from: null,
      by: acceptor ?? 'cadre',
      request: { unit: unitName, title: `宿舍热水供应不足第${seq}次`, description: '冬天宿舍热水经常中断，夜班工人下班后无法洗澡。' },
    });
    return { request, code: request.code, secret: request.trackingSecret as string };
  }
  function projectBody(requestIds: string[], overrides: Record<string, unknown> = {}) {
    return {
      title: '滨江片区车间饮水改造',
      goal: '解决三个车间夏季饮水难',
      plan: '七月前完成饮水机更换，八月前完成管路改造',
      ownerUnitId: unitByName(w, '滨江街道总工会').id,
      ownerUserId: w.ids.cadre,
      budget: 12000.5,
      deadline: '2027-06-30',
      expectedBeneficiaries: 300,
      requestIds,
      ...overrides,
    };
  }
  async function create(requestIds?: string[], who = 'cadre', overrides: Record<string, unknown> = {}): Promise<ProjectDetail> {
    return newProject(w, who, projectBody(requestIds ?? [(await accepted()).id], overrides));
  }
  async function events(id: string): Promise<number> {
    const [row] = await db().query(`SELECT count(*)::int AS n FROM project_event WHERE project_id = $1`, [id]);
    return row.n;
  }
  async function count(table: 'project' | 'project_request'): Promise<number> {
    const [row] = await db().query(`SELECT count(*)::int AS n FROM ${table}`);
    return row.n;
  }
  /** A project brought to `status` through the API. */
  async function projectIn(status: ProjectStatus): Promise<ProjectDetail> {
    return projectInStatus(w, status, {
      project: projectBody([(await accepted()).id]),
      input: { approve: { comment: '同意立项' }, complete: { report: '已为三个车间更换饮水机' } },
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  describe('creation', () => {
    it('creates a draft from two accepted requests, which move to in_project with a timeline event each', async () => {
      const [a, b] = [await accepted(), await accepted()];
      const res = await t.request('POST', '/api/projects', { token: w.tokens.cadre, body: projectBody([a.id, b.id]) });
      expect(res.status).toBe(201);
      const p: ProjectDetail = res.body;
      expect(p).toMatchObject({ status: 'draft', statusLabel: '草拟', version: 1, budget: 12000.5, deadline: '2027-06-30', linkedRequestCount: 2 });
      expect(p.code).toMatch(/^SS-\d{4}-\d{4}$/);
      expect(p.availableActions).toEqual(['edit', 'submit', 'cancel']);
      expect(p.requests.map((r) => r.id).sort()).toEqual([a.id, b.id].sort());
      expect(p.timeline.map((e) => e.action)).toEqual(['create']);
      for (const r of [a, b]) {
        const after = await detail(w, r.id);
        expect(after.status).toBe('in_project');
        expect(after.version).toBe(r.version + 1);
        expect(after.timeline.at(-1)).toMatchObject({ action: 'link_project', fromStatus: 'accepted', toStatus: 'in_project', payload: { projectId: p.id } });
        expect(after.project).toEqual({ id: p.id, code: p.code, title: p.title, status: 'draft', statusLabel: '草拟', progress: 0 });
        expect((await detail(w, r.id, 'worker')).project?.code).toBe(p.code);
      }
    });

    it('links nothing and creates nothing when one request is out of scope (404)', async () => {
      const mine = await accepted();
      const theirs = (await anonymous('临港纺织集团工会', 'cadre2')).request;
      const [projects, links] = [await count('project'), await count('project_request')];
      const res = await t.request('POST', '/api/projects', { token: w.tokens.cadre, body: projectBody([mine.id, theirs.id]) });
      expect(res.status).toBe(404);
      expect([await count('project'), await count('project_request')]).toEqual([projects, links]);
      expect((await detail(w, mine.id)).status).toBe('accepted');
    });

    it('links nothing and creates nothing when one request is in a wrong status (422)', async () => {
      const ok = await accepted();
      const submitted = (await anonymous('江海精密机械有限公司工会')).request;
      const [projects, links] = [await count('project'), await count('project_request')];
      const res = await t.request('POST', '/api/projects', { token: w.tokens.cadre, body: projectBody([ok.id, submitted.id]) });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('INVALID_TRANSITION');
      expect([await count('project'), await count('project_request')]).toEqual([projects, links]);
      expect((await detail(w, ok.id)).status).toBe('accepted');
      expect((await detail(w, ok.id)).timeline.map((e) => e.action)).not.toContain('link_project');
    });

    it('refuses a request already in another project (422)', async () => {
      const p = await create();
      const res = await t.request('POST', '/api/projects', { token: w.tokens.cadre, body: projectBody([p.requests[0]!.id]) });
      expect(res.status).toBe(422);
    });

    it.each([
      ['a leader (cadre only)', 'leader', {}, 403],
      ['an owner unit outside the cadre’s scope', 'cadre', { ownerUnitId: 'town2' }, 404],
      ['an owner who is not a cadre of the unit', 'cadre', { ownerUserId: 'worker' }, 422],
      ['a deadline in the past', 'cadre', { deadline: '2020-01-01' }, 422],
      ['no requests', 'cadre', { requestIds: [] }, 400],
      ['a short title', 'cadre', { title: '饮水' }, 400],
      ['a negative budget', 'cadre', { budget: -1 }, 400],
      ['an unknown field', 'cadre', { secret: 1 }, 400],
    ])('refuses %s', async (_name, who, overrides, status) => {
      const r = await accepted();
      const resolved = { ...overrides } as Record<string, unknown>;
      if (resolved.ownerUnitId === 'town2') resolved.ownerUnitId = unitByName(w, '临港镇总工会').id;
      if (resolved.ownerUserId === 'worker') resolved.ownerUserId = w.ids.worker;
      const res = await t.request('POST', '/api/projects', { token: w.tokens[who], body: projectBody([r.id], resolved) });
      expect(res.status).toBe(status);
      expect((await detail(w, r.id)).status).toBe('accepted');
    });
  });

  describe('editing a draft', () => {
    it('edits with the current version, records an event, and answers 409 to a stale one', async () => {
      const p = await create();
      const res = await t.request('PATCH', `/api/projects/${p.id}`, { token: w.tokens.cadre, body: { version: p.version, title: '滨江片区饮水改造（修订）', budget: null } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ title: '滨江片区饮水改造（修订）', budget: null, version: p.version + 1 });
      expect(res.body.timeline.at(-1)).toMatchObject({ action: 'edit', payload: { fields: ['title', 'budget'] } });
      const stale = await t.request('PATCH', `/api/projects/${p.id}`, { token: w.tokens.cadre, body: { version: p.version, title: '又改了一次标题' } });
      expect(stale.status).toBe(409);
    });

    it('refuses an edit once submitted (422), by a leader (403), and out of scope (404)', async () => {
      const draft = await create();
      expect((await t.request('PATCH', `/api/projects/${draft.id}`, { token: w.tokens.leader, body: { version: draft.version, goal: '改' } })).status).toBe(403);
      expect((await t.request('PATCH', `/api/projects/${draft.id}`, { token: w.tokens.cadre2, body: { version: draft.version, goal: '改' } })).status).toBe(404);
      const p = await projectIn('pending_approval');
      const res = await t.request('PATCH', `/api/projects/${p.id}`, { token: w.tokens.cadre, body: { version: p.version, goal: '改' } });
      expect(res.status).toBe(422);
    });
  });

  describe('actions', () => {
    const allowed: [string, 'draft' | 'pending_approval' | 'approved' | 'implementing' | 'completed', Record<string, unknown>, string, string][] = [
      ['submit', 'draft', {}, 'pending_approval', 'cadre'],
      ['approve', 'pending_approval', { comment: '同意立项' }, 'approved', 'leader'],
      ['return', 'pending_approval', { comment: '请补充预算明细' }, 'draft', 'leader'],
      ['reject', 'pending_approval', { reason: '不属于工会职责' }, 'rejected', 'leader'],
      ['start', 'approved', {}, 'implementing', 'cadre'],
      ['complete', 'implementing', { report: '已为三个车间更换饮水机' }, 'completed', 'cadre'],
      ['evaluate', 'completed', { score: 92.5, comment: '按期完成，职工满意' }, 'evaluated', 'leader'],
      ['cancel', 'draft', { reason: '企业已自行解决' }, 'cancelled', 'cadre'],
      ['cancel', 'implementing', { reason: '企业搬迁' }, 'cancelled', 'leader'],
      ['supervise', 'implementing', { note: '请月底前完成第一批窗口改造', deadline: '2026-12-31' }, 'implementing', 'leader'],
    ];

    it.each(allowed)('%s from %s → 200 and one more timeline event', async (action, from, body, to, who) => {
      const p = await projectIn(from);
      const before = await events(p.id);
      const res = await tryProjectAct(w, who, p.id, action, { version: p.version, ...body });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe(to);
      expect(res.body.version).toBe(p.version + 1);
      expect(await events(p.id)).toBe(before + 1);
      expect(res.body.timeline.at(-1)).toMatchObject({ action, fromStatus: from, toStatus: to });
    });

    it('records approval, start, completion and evaluation on the project', async () => {
      const done = await projectIn('completed');
      const res = await tryProjectAct(w, 'leader', done.id, 'evaluate', { version: done.version, score: 88, comment: '效果良好' });
      expect(res.body).toMatchObject({ report: '已为三个车间更换饮水机', score: 88, evaluationComment: '效果良好' });
      for (const at of ['approvedAt', 'startedAt', 'completedAt'] as const) expect(res.body[at]).not.toBeNull();
    });

    it('resolves its in_project requests when the project completes, each with a timeline event', async () => {
      const p = await projectIn('implementing');
      const res = await tryProjectAct(w, 'cadre', p.id, 'complete', { version: p.version, report: '饮水机已全部更换' });
      expect(res.status).toBe(200);
      for (const linked of res.body.requests) expect(linked.status).toBe('resolved');
      const r = await detail(w, p.requests[0]!.id, 'worker');
      expect(r.timeline.at(-1)).toMatchObject({ action: 'resolve', fromStatus: 'in_project', toStatus: 'resolved', payload: { resolution: '饮水机已全部更换' } });
    });

    it('hands the linked requests back when a project is cancelled, keeping them in its history', async () => {
      const p = await create();
      expect((await tryProjectAct(w, 'cadre', p.id, 'cancel', { version: p.version, reason: '企业已自行解决' })).status).toBe(200);
      const r = await detail(w, p.requests[0]!.id);
      expect(r.status).toBe('accepted');
      expect(r.project).toBeNull();
      expect(r.timeline.at(-1)).toMatchObject({ action: 'unlink_project', fromStatus: 'in_project', toStatus: 'accepted', payload: { reason: '企业已自行解决' } });
      expect((await projectDetail(w, p.id)).requests.map((linked) => linked.id)).toEqual(p.requests.map((linked) => linked.id));
    });

    it('answers 422 for an action the status does not allow', async () => {
      const p = await create();
      const res = await tryProjectAct(w, 'leader', p.id, 'approve', { version: p.version });
      expect(res.status).toBe(422);
      expect(res.body.code).toBe('INVALID_TRANSITION');
      expect(await events(p.id)).toBe(1);
    });

    it('answers 403 to a cadre approving (wrong role, inside scope)', async () => {
      const p = await projectIn('pending_approval');
      const res = await tryProjectAct(w, 'cadre', p.id, 'approve', { version: p.version });
      expect(res.status).toBe(403);
      expect(res.body.code).toBe('FORBIDDEN');
    });

    it('answers 404 out of scope, and for unknown ids and actions', async () => {
      const p = await create();
      expect((await tryProjectAct(w, 'cadre2', p.id, 'submit', { version: p.version })).status).toBe(404);
      expect((await t.request('GET', `/api/projects/${p.id}`, { token: w.tokens.cadre2 })).status).toBe(404);
      expect((await t.request('GET', `/api/projects/${p.id}`, { token: w.tokens.worker })).status).toBe(404);
      expect((await tryProjectAct(w, 'cadre', '00000000-0000-4000-8000-000000000000', 'submit', { version: 1 })).status).toBe(404);
      expect((await tryProjectAct(w, 'cadre', p.id, 'teleport', { version: p.version })).status).toBe(404);
      expect(await events(p.id)).toBe(1);
    });

    it('answers 409 to a stale version and changes nothing', async () => {
      const p = await create();
      const res = await tryProjectAct(w, 'cadre', p.id, 'submit', { version: p.version + 5 });
      expect(res.status).toBe(409);
      expect(res.body.code).toBe('STALE_VERSION');
      expect((await t.request('GET', `/api/projects/${p.id}`, { token: w.tokens.cadre })).body.status).toBe('draft');
    });

    it.each([
      ['return', 'pending_approval', 'leader', {}, 'comment'],
      ['reject', 'pending_approval', 'leader', {}, 'reason'],
      ['cancel', 'draft', 'cadre', {}, 'reason'],
      ['complete', 'implementing', 'cadre', {}, 'report'],
      ['evaluate', 'completed', 'leader', { comment: '好' }, 'score'],
      ['evaluate', 'completed', 'leader', { score: 101, comment: '好' }, 'score'],
    ] as const)('answers 400 naming the field when %s from %s lacks its input', async (action, from, who, body, field) => {
      const p = await projectIn(from);
      const before = await events(p.id);
      const res = await tryProjectAct(w, who, p.id, action, { version: p.version, ...body });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe(field);
      expect(await events(p.id)).toBe(before);
    });

    it('answers 400 without a version', async () => {
      const p = await create();
      const res = await tryProjectAct(w, 'cadre', p.id, 'submit', {});
      expect(res.status).toBe(400);
      expect(res.body.errors[0].field).toBe('version');
    });
  });

  describe('linking from the request side', () => {
    it('links an accepted request to a draft project in scope', async () => {
      const p = await create();
      const r = await accepted();
      const res = await t.request('POST', `/api/requests/${r.id}/actions/link_project`, { token: w.tokens.cadre, body: { version: r.version, projectId: p.id } });
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('in_project');
      expect(res.body.project.code).toBe(p.code);
      const after: ProjectDetail = (await t.request('GET', `/api/projects/${p.id}`, { token: w.tokens.cadre })).body;
      expect(after.requests.map((x) => x.id)).toContain(r.id);
      expect(after.timeline.at(-1)).toMatchObject({ action: 'link_request', payload: { requestId: r.id } });
    });

    it('answers 404 for a missing or out-of-scope project, 422 for a closed one, and changes nothing', async () => {
      const r = await accepted();
      const theirs = await create([(await anonymous('临港纺织集团工会', 'cadre2')).request.id], 'cadre2', {
        ownerUnitId: unitByName(w, '临港镇总工会').id,
        ownerUserId: w.ids.cadre2,
      });
      const cancelled = await create();
      await tryProjectAct(w, 'cadre', cancelled.id, 'cancel', { version: cancelled.version, reason: '企业已自行解决' });
      const link = (projectId: string) => t.request('POST', `/api/requests/${r.id}/actions/link_project`, { token: w.tokens.cadre, body: { version: r.version, projectId } });
      expect((await link('00000000-0000-4000-8000-000000000000')).status).toBe(404);
      expect((await link('not-a-uuid')).status).toBe(404);
      expect((await link(theirs.id)).status).toBe(404);
      expect((await link(cancelled.id)).status).toBe(422);
      expect((await detail(w, r.id)).status).toBe('accepted');
    });
  });

  describe('lists and the requester’s view', () => {
    it('lists projects in scope, filtered by status', async () => {
      const p = await create();
      const mine = (await t.request('GET', '/api/projects?status=draft&limit=100', { token: w.tokens.cadre })).body;
      expect(mine.items.map((x: { id: string }) => x.id)).toContain(p.id);
      expect(mine.items.every((x: { status: string }) => x.status === 'draft')).toBe(true);
      expect((await t.request('GET', '/api/projects?limit=100', { token: w.tokens.leader })).body.items.map((x: { id: string }) => x.id)).toContain(p.id);
      expect((await t.request('GET', '/api/projects?limit=100', { token: w.tokens.cadre2 })).body.items.map((x: { id: string }) => x.id)).not.toContain(p.id);
      expect((await t.request('GET', '/api/projects', { token: w.tokens.worker })).status).toBe(403);
      const page = (await t.request('GET', '/api/projects?limit=1', { token: w.tokens.cadre })).body;
      expect(page.items).toHaveLength(1);
      const next = (await t.request('GET', `/api/projects?limit=1&cursor=${page.nextCursor}`, { token: w.tokens.cadre })).body;
      expect(next.items[0].id).not.toBe(page.items[0].id);
    });

    it('shows the project on an anonymous requester’s tracking page', async () => {
      const { request, code, secret } = await anonymous('江海精密机械有限公司工会', 'cadre');
      expect((await t.request('GET', `/api/track/${code}?secret=${secret}`)).body.project).toBeNull();
      const p = await create([request.id]);
      const tracked = (await t.request('GET', `/api/track/${code}?secret=${secret}`)).body;
      expect(tracked.status).toBe('in_project');
      expect(tracked.project).toEqual({ id: p.id, code: p.code, title: p.title, status: 'draft', statusLabel: '草拟', progress: 0 });
    });
  });

  describe('公示', () => {
    it('publishes a project once the leader approves it, without login and without personal data', async () => {
      const r = await accepted();
      const p = await create([r.id]);
      const linked = await detail(w, r.id);
      expect((await t.request('POST', `/api/requests/${r.id}/actions/note`, { token: w.tokens.cadre, body: { version: linked.version, note: NOTE } })).status).toBe(200);
      const submitted = (await tryProjectAct(w, 'cadre', p.id, 'submit', { version: p.version })).body;
      expect((await t.request('GET', '/api/public/projects')).body.map((x: { code: string }) => x.code)).not.toContain(p.code);
      expect((await t.request('GET', `/api/public/projects/${p.code}`)).status).toBe(404);

      expect((await tryProjectAct(w, 'leader', p.id, 'approve', { version: submitted.version, comment: '同意' })).status).toBe(200);
      const list = await t.request('GET', '/api/public/projects');
      expect(list.status).toBe(200);
      const item = list.body.find((x: { code: string }) => x.code === p.code);
      expect(item).toEqual({
        code: p.code,
        title: p.title,
        goal: p.goal,
        ownerUnitName: '滨江街道总工会',
        deadline: '2027-06-30',
        status: 'approved',
        statusLabel: '已立项',
        progress: 0,
        approvedAt: expect.any(String),
        linkedRequestCount: 1,
      });
      const one = await t.request('GET', `/api/public/projects/${p.code}`);
      expect(one.status).toBe(200);
      expect(one.body).toEqual({ ...item, milestones: [] }); // the one project also lists its milestones
      expect((await t.request('GET', '/api/public/projects/SS-1999-0001')).status).toBe(404);

      for (const json of [JSON.stringify(list.body), JSON.stringify(one.body)]) {
        expect(json).not.toContain('王建国'); // requester
        expect(json).not.toContain('李敏'); // owner person
        expect(json).not.toContain(w.ids.cadre);
        expect(json).not.toContain(w.ids.worker);
        expect(json).not.toContain(CONTACT);
        expect(json).not.toContain(NOTE);
        expect(json).not.toContain(r.code);
      }
    });
  });
});
