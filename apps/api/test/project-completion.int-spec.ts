// Completing a 实事项目 over real HTTP and PostgreSQL (issue 15, defect 1): completion needs every milestone done, or
// waived by the approver (a leader) with a recorded reason; progress is what was done (done ÷ all), on the project's
// page, the list and the public 公示 alike; the completion date is what the list reports.
import type { ProjectDetail, ProjectListItem } from '@banshishi/contracts';
import { detail, inStatus, projectAct, projectDetail, projectInStatus, tryProjectAct } from './support/factories';
import { bodyOf } from './support/http';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('completing a project (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let seq = 0;

  /** An implementing project from one accepted request, with two milestones, none done. */
  async function implementing() {
    seq += 1;
    const request = await inStatus(w, 'accepted', { request: { title: `车间饮水机不够用第${seq}次`, description: '三个车间只有一台饮水机，夏天排长队。' } });
    const project = await projectInStatus(w, 'implementing', {
      project: { title: `车间饮水点改造${seq}`, deadline: '2027-06-30', requestIds: [request.id] },
      milestones: [
        ['采购饮水机', '2027-03-01'],
        ['安装到三个车间', '2027-05-01'],
      ],
    });
    return { project, request };
  }
  const waive = (p: ProjectDetail, milestoneId: string, body: Record<string, unknown>, who = 'leader') =>
    t.request('POST', `/api/projects/${p.id}/milestones/${milestoneId}/waive`, { token: w.tokens[who], body: { version: p.version, ...body } });
  const completeMilestone = (p: ProjectDetail, milestoneId: string, evidence: string) =>
    t.request('POST', `/api/projects/${p.id}/milestones/${milestoneId}/complete`, { token: w.tokens.cadre, body: { version: p.version, evidence } });
  const milestone = (p: ProjectDetail, title: string) => p.milestones.find((m) => m.title === title)!;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('refuses to complete a project with 0 of 2 milestones done (422), offers no such button, and changes nothing', async () => {
    const { project, request } = await implementing();
    expect(project.availableActions).not.toContain('complete');

    const res = await tryProjectAct(w, 'cadre', project.id, 'complete', { version: project.version, report: '饮水点改造完成' });
    expect(res.status).toBe(422);
    expect(res.body).toMatchObject({ code: 'INVALID_TRANSITION', message: '2 milestone(s) are neither done nor waived' });

    const after = await projectDetail(w, project.id);
    expect(after).toMatchObject({ status: 'implementing', version: project.version, progress: 0, completedAt: null });
    expect((await detail(w, request.id)).status).toBe('in_project');
    expect((await t.request('GET', `/api/public/projects/${project.code}`)).body).toMatchObject({ status: 'implementing', progress: 0 });
  });

  it('completes once one milestone is done and the other waived by the leader with a reason; progress is 50 everywhere', async () => {
    const { project, request } = await implementing();
    let p = bodyOf<ProjectDetail>(await completeMilestone(project, milestone(project, '采购饮水机').id, '已采购六台饮水机'));
    // One still open: not yet.
    expect((await tryProjectAct(w, 'cadre', p.id, 'complete', { version: p.version, report: '完成' })).status).toBe(422);

    const second = milestone(p, '安装到三个车间');
    // The approver's act: a leader (not the cadre), with a reason.
    expect((await waive(p, second.id, { reason: '企业已自行安装' }, 'cadre')).status).toBe(403);
    expect((await waive(p, second.id, {})).status).toBe(400);
    expect((await waive(p, second.id, { reason: '企业已自行安装' }, 'cadre2')).status).toBe(404);
    p = bodyOf<ProjectDetail>(await waive(p, second.id, { reason: '企业已自行在三个车间安装，节点不再需要' }));
    expect(milestone(p, '安装到三个车间')).toMatchObject({ doneAt: null, waiverReason: '企业已自行在三个车间安装，节点不再需要', waivedByName: expect.any(String) });
    expect(milestone(p, '安装到三个车间').waivedAt).not.toBeNull();
    expect(p.timeline.at(-1)).toMatchObject({ action: 'waive_milestone', public: true, payload: { milestoneId: second.id, reason: '企业已自行在三个车间安装，节点不再需要' } });
    expect(p).toMatchObject({ milestoneCount: 2, milestoneDoneCount: 1, milestoneWaivedCount: 1, progress: 50 });
    expect(p.availableActions).not.toContain('waive_milestone'); // none is open any more
    expect((await projectDetail(w, p.id, 'cadre')).availableActions).toContain('complete');
    // A waived milestone is neither done later nor waived twice.
    expect((await completeMilestone(p, second.id, '又装了')).status).toBe(422);
    expect((await waive(p, second.id, { reason: '再次免除' })).status).toBe(422);

    p = await projectAct(w, 'cadre', p.id, 'complete', { version: p.version, report: '饮水点改造完成，一项由企业自行完成' });
    expect(p).toMatchObject({ status: 'completed', progress: 50 });
    expect((await detail(w, request.id)).status).toBe('resolved');

    const listed: ProjectListItem = (await t.request('GET', '/api/projects?status=completed', { token: w.tokens.cadre })).body.items.find(
      (item: ProjectListItem) => item.id === p.id,
    );
    expect(listed).toMatchObject({ progress: 50, milestoneWaivedCount: 1 });
    const publicItem = (await t.request('GET', '/api/public/projects')).body.find((item: { code: string }) => item.code === p.code);
    expect(publicItem.progress).toBe(50);
    const publicOne = (await t.request('GET', `/api/public/projects/${p.code}`)).body;
    expect(publicOne.progress).toBe(50);
    expect(publicOne.milestones.find((m: { title: string }) => m.title === '安装到三个车间')).toEqual({
      title: '安装到三个车间',
      dueDate: '2027-05-01',
      doneOn: null,
      evidence: null,
      waivedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      waiverReason: '企业已自行在三个车间安装，节点不再需要',
      overdue: false,
    });
  });

  it('lists a completed project with its completion date (the monthly report shows it, not the deadline)', async () => {
    const { project } = await implementing();
    let p = project;
    for (const m of project.milestones) p = bodyOf<ProjectDetail>(await completeMilestone(p, m.id, `${m.title}完成`));
    p = await projectAct(w, 'cadre', p.id, 'complete', { version: p.version, report: '全部完成' });
    expect(p.completedAt).not.toBeNull();
    const page = (await t.request('GET', '/api/projects?status=completed', { token: w.tokens.leader })).body;
    const listed: ProjectListItem = page.items.find((item: ProjectListItem) => item.id === p.id);
    expect(listed.completedAt).toBe(p.completedAt);
    expect(listed.progress).toBe(100);
    expect((await t.request('GET', '/api/projects?status=implementing', { token: w.tokens.leader })).body.items[0]).toHaveProperty('completedAt', null);
  });
});
