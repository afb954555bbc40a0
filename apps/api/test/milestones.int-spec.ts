// 精准实施 milestones over real HTTP and PostgreSQL: planning and completing through the project table (allowed → 200
// with an event and a new version; wrong state 422; wrong role 403; other town 404; stale 409; missing evidence 400),
// progress % on the detail, the list and 公示 (which shows evidence but no person and no photo), and completion.
import type { ProjectDetail } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { inStatus, projectAct, projectInStatus } from './support/factories';
import { bodyOf, type ApiResponse } from './support/http';
import { uploadPhoto } from './support/upload';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('project milestones (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let seq = 0;

  const ok = (res: ApiResponse, status = 200) => bodyOf<ProjectDetail>(res, status);
  /** An approved project from one accepted request. */
  async function approved() {
    seq += 1;
    const request = await inStatus(w, 'accepted', {
      request: { unit: '江海精密机械有限公司工会', title: `食堂窗口排队太长第${seq}次`, description: '午饭时间食堂只开两个窗口，排队要半小时，休息时间不够。' },
    });
    const project = await projectInStatus(w, 'approved', {
      project: {
        title: '江海精密机械食堂扩容',
        goal: '午餐排队不超过十分钟',
        plan: '增加两个窗口，延长供餐时间',
        deadline: '2027-06-30',
        expectedBeneficiaries: 800,
        requestIds: [request.id],
      },
      input: { approve: { comment: '同意' } },
    });
    return { project, request };
  }
  const plan = (p: ProjectDetail, body: Record<string, unknown>, who = 'cadre') =>
    t.request('POST', `/api/projects/${p.id}/milestones`, { token: w.tokens[who], body: { version: p.version, ...body } });
  const complete = (p: ProjectDetail, milestoneId: string, body: Record<string, unknown>, who = 'cadre') =>
    t.request('POST', `/api/projects/${p.id}/milestones/${milestoneId}/complete`, { token: w.tokens[who], body: { version: p.version, ...body } });

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('plans, starts, completes a milestone with evidence and a photo, shows progress everywhere, and completes the project', async () => {
    const { project, request } = await approved();
    expect(project).toMatchObject({ progress: 0, milestoneCount: 0, milestones: [] });

    let p = await ok(await plan(project, { title: '完成管路改造', dueDate: '2027-03-01' }), 201);
    expect(p.version).toBe(project.version + 1);
    p = await ok(await plan(p, { title: '新增两个窗口', dueDate: '2027-01-15' }), 201);
    expect(p.milestones.map((m) => [m.title, m.dueDate, m.overdue, m.doneAt])).toEqual([
      ['新增两个窗口', '2027-01-15', false, null],
      ['完成管路改造', '2027-03-01', false, null],
    ]);
    expect(p.timeline.filter((e) => e.action === 'plan_milestone').map((e) => e.payload.milestoneId)).toEqual(expect.arrayContaining(p.milestones.map((m) => m.id)));
    expect(p.availableActions).toEqual(['start', 'cancel', 'plan_milestone']);
    const [first, second] = p.milestones;

    // Not while approved.
    const early = await complete(p, first!.id, { evidence: '窗口已投入使用' });
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('INVALID_TRANSITION');

    p = await projectAct(w, 'cadre', p.id, 'start', { version: p.version });
    const photo = await uploadPhoto(t, w.tokens.cadre);
    const before = p.version;
    p = await ok(await complete(p, first!.id, { evidence: '新增两个窗口已投入使用，排队降到十分钟', attachmentIds: [photo] }));
    expect(p.version).toBe(before + 1);
    expect(p).toMatchObject({ progress: 50, milestoneCount: 2, milestoneDoneCount: 1 });
    const done = p.milestones.find((m) => m.id === first!.id)!;
    expect(done).toMatchObject({ evidence: '新增两个窗口已投入使用，排队降到十分钟', doneByName: '李敏', overdue: false });
    expect(done.doneAt).not.toBeNull();
    expect(done.attachments.map((a) => a.id)).toEqual([photo]);
    expect(p.timeline.at(-1)).toMatchObject({ action: 'complete_milestone', payload: { milestoneId: first!.id, attachmentIds: [photo] } });
    expect((await t.request('GET', `/api/attachments/${photo}`, { token: w.tokens.cadre })).status).toBe(200);
    expect((await t.request('GET', `/api/attachments/${photo}`, { token: w.tokens.worker })).status).toBe(404);

    // Done once only; a photo is linked once only.
    expect((await complete(p, first!.id, { evidence: '再次提交' })).status).toBe(422);
    expect((await complete(p, second!.id, { evidence: '管路完成', attachmentIds: [photo] })).status).toBe(400);

    const list = (await t.request('GET', '/api/projects', { token: w.tokens.cadre })).body.items;
    expect(list.find((item: ProjectDetail) => item.id === p.id)).toMatchObject({ progress: 50, milestoneCount: 2, milestoneDoneCount: 1 });
    const publicList = (await t.request('GET', '/api/public/projects')).body;
    expect(publicList.find((item: { code: string }) => item.code === p.code)).toMatchObject({ progress: 50 });
    const publicOne = await t.request('GET', `/api/public/projects/${p.code}`);
    expect(publicOne.body.progress).toBe(50);
    expect(publicOne.body.milestones).toEqual([
      {
        title: '新增两个窗口',
        dueDate: '2027-01-15',
        doneOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        evidence: '新增两个窗口已投入使用，排队降到十分钟',
        waivedOn: null,
        waiverReason: null,
        overdue: false,
      },
      { title: '完成管路改造', dueDate: '2027-03-01', doneOn: null, evidence: null, waivedOn: null, waiverReason: null, overdue: false },
    ]);
    const text = JSON.stringify(publicOne.body);
    for (const secret of ['李敏', photo, w.ids.cadre, first!.id]) expect(text).not.toContain(secret);

    // Once the second is done too, completing resolves the linked requests; progress is what was done: 100.
    p = await ok(await complete(p, second!.id, { evidence: '管路改造完成' }));
    p = await projectAct(w, 'cadre', p.id, 'complete', { version: p.version, report: '食堂扩容完成' });
    expect(p.progress).toBe(100);
    expect((await t.request('GET', `/api/requests/${request.id}`, { token: w.tokens.worker })).body.status).toBe('resolved');
    expect((await t.request('GET', `/api/public/projects/${p.code}`)).body.progress).toBe(100);
  });

  it('refuses the wrong role (403), another town (404), a stale version (409), missing evidence (400) and a bad due date (422)', async () => {
    const { project } = await approved();
    expect((await plan(project, { title: '节点', dueDate: '2027-01-01' }, 'leader')).status).toBe(403);
    expect((await plan(project, { title: '节点', dueDate: '2027-01-01' }, 'cadre2')).status).toBe(404);
    expect((await plan(project, { title: '节点', dueDate: '2027-07-01' })).status).toBe(422);
    expect((await plan(project, { title: '节点', dueDate: '2020-01-01' })).status).toBe(422);
    expect((await plan(project, { title: '节点' })).status).toBe(400);

    let p = await ok(await plan(project, { title: '采购设备', dueDate: '2027-01-01' }), 201);
    expect((await plan(project, { title: '旧版本', dueDate: '2027-01-01' })).status).toBe(409);
    p = await projectAct(w, 'cadre', p.id, 'start', { version: p.version });
    const milestoneId = p.milestones[0]!.id;

    expect((await complete(p, milestoneId, {})).status).toBe(400);
    expect((await complete(p, milestoneId, { evidence: '   ' })).status).toBe(400);
    expect((await complete(p, milestoneId, { evidence: '已采购' }, 'leader')).status).toBe(403);
    expect((await complete(p, milestoneId, { evidence: '已采购' }, 'cadre2')).status).toBe(404);
    expect((await complete(p, '00000000-0000-4000-8000-000000000000', { evidence: '已采购' })).status).toBe(404);
    expect((await complete({ ...p, version: p.version - 1 }, milestoneId, { evidence: '已采购' })).status).toBe(409);
    // Nothing was written by the refusals.
    const after: ProjectDetail = (await t.request('GET', `/api/projects/${p.id}`, { token: w.tokens.cadre })).body;
    expect(after.version).toBe(p.version);
    expect(after.milestones[0]!.doneAt).toBeNull();
  });

  it('flags a milestone past its due date as overdue until it is done', async () => {
    const { project } = await approved();
    let p = await ok(await plan(project, { title: '张贴公示', dueDate: '2027-01-01' }), 201);
    p = await projectAct(w, 'cadre', p.id, 'start', { version: p.version });
    await t.app.get(DataSource).query(`UPDATE project_milestone SET due_date = current_date - 3 WHERE project_id = $1`, [p.id]);
    p = (await t.request('GET', `/api/projects/${p.id}`, { token: w.tokens.cadre })).body;
    expect(p.milestones[0]!.overdue).toBe(true);
    p = await ok(await complete(p, p.milestones[0]!.id, { evidence: '已张贴' }));
    expect(p.milestones[0]!.overdue).toBe(false);
    expect(p.progress).toBe(100);
  });
});
