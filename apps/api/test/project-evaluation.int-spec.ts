// 评估问效 of a 实事项目, on a project whose numbers are worked out by hand below.
import type { ProjectDetail, RequestDetail } from '@banshishi/contracts';
import type { OrgUnitNode } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { loadDemoWorld } from './demo-world';
import { createTestApp, type TestApp } from './test-app';

describe('project evaluation (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const units = new Map<string, OrgUnitNode>();
  let categoryId: string;
  let seq = 0;

  async function ok<T>(res: { status: number; body: T }, status = 200): Promise<T> {
    if (res.status !== status) throw new Error(`${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  async function acceptedRequest(): Promise<RequestDetail> {
    seq += 1;
    const created = await ok(
      await t.request('POST', '/api/requests', {
        token: tokens.worker,
        body: { categoryId, title: `宿舍热水器坏了第${seq}台`, description: '三号宿舍楼的热水器坏了，冬天只能用冷水洗澡。' },
      }),
      201,
    );
    return ok(await t.request('POST', `/api/requests/${(created as { id: string }).id}/actions/accept`, { token: tokens.cadre, body: { version: 1 } }));
  }
  const act = async (p: ProjectDetail, action: string, body: Record<string, unknown>, who = 'cadre') =>
    ok<ProjectDetail>(await t.request('POST', `/api/projects/${p.id}/actions/${action}`, { token: tokens[who], body: { version: p.version, ...body } }));

  beforeAll(async () => {
    t = await createTestApp();
    categoryId = await loadDemoWorld(t, { tokens, ids, units });
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts milestones on time, the deadline, the linked requesters’ answers, people reached and the score', async () => {
    const requests = [await acceptedRequest(), await acceptedRequest(), await acceptedRequest()];
    let p = await ok<ProjectDetail>(
      await t.request('POST', '/api/projects', {
        token: tokens.cadre,
        body: {
          title: '职工宿舍热水改造',
          goal: '三栋宿舍全天有热水',
          plan: '更换热水器，加装太阳能',
          ownerUnitId: units.get('滨江街道总工会')?.id,
          ownerUserId: ids.cadre,
          deadline: '2027-06-30',
          expectedBeneficiaries: 200,
          requestIds: requests.map((r) => r.id),
        },
      }),
      201,
    );
    p = await act(p, 'submit', {});
    p = await act(p, 'approve', { comment: '同意' }, 'leader');
    p = await ok<ProjectDetail>(await t.request('POST', `/api/projects/${p.id}/milestones`, { token: tokens.cadre, body: { version: p.version, title: '采购热水器', dueDate: '2027-03-31' } }), 201);
    p = await ok<ProjectDetail>(await t.request('POST', `/api/projects/${p.id}/milestones`, { token: tokens.cadre, body: { version: p.version, title: '安装太阳能', dueDate: '2027-05-31' } }), 201);
    p = await act(p, 'start', {});
    const [first, second] = p.milestones;
    p = await ok<ProjectDetail>(await t.request('POST', `/api/projects/${p.id}/milestones/${first.id}/complete`, { token: tokens.cadre, body: { version: p.version, evidence: '已采购30台' } }));
    p = await ok<ProjectDetail>(await t.request('POST', `/api/projects/${p.id}/milestones/${second.id}/complete`, { token: tokens.cadre, body: { version: p.version, evidence: '已安装' } }));
    // The second was in truth done late: a day after its due day ended in China (2027-05-31 24:00 +08:00).
    await t.app.get(DataSource).query(`UPDATE project_milestone SET done_at = '2027-06-01T16:30:00Z' WHERE id = $1`, [second.id]);

    expect((await t.request('GET', `/api/public/projects/${p.code}/outcome`)).status).toBe(404); // not completed yet
    p = await act(p, 'complete', { report: '三栋宿舍已全部改造完成', beneficiariesReached: 150 });

    // Two of the three requesters answer: one 已解决 + 满意, one 部分解决 + 基本满意; the third does not answer.
    for (const [request, answer] of [
      [requests[0], { resolved: 'resolved', satisfaction: 'satisfied' }],
      [requests[1], { resolved: 'partly', satisfaction: 'basically_satisfied' }],
    ] as const) {
      const mine: RequestDetail = (await t.request('GET', `/api/requests/${request.id}`, { token: tokens.worker })).body;
      await ok(await t.request('POST', `/api/requests/${request.id}/actions/feedback`, { token: tokens.worker, body: { version: mine.version, ...answer } }));
    }
    p = await act(p, 'evaluate', { score: 90, comment: '按期完成，职工基本满意' }, 'leader');

    const evaluation = await ok(await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: tokens.leader }));
    expect(evaluation).toMatchObject({
      code: p.code,
      status: 'evaluated',
      deadline: '2027-06-30',
      deadlineMet: true, // completed today, long before 2027-06-30
      milestonesOnTime: { value: 0.5, numerator: 1, denominator: 2 }, // the first on time, the second a day late
      requests: {
        linked: 3,
        answered: 2,
        resolutionRate: { value: 0.5, numerator: 1, denominator: 2 }, // one 已解决 of two answers (部分解决 is not)
        satisfactionRate: { value: 1, numerator: 2, denominator: 2 }, // 满意 + 1·基本满意 (w = 1) of two
      },
      beneficiaries: { expected: 200, reached: 150 },
      score: 90,
      comment: '按期完成，职工基本满意',
    });

    // With 基本满意 weighted 0.5, 满意率 = (1 + 0.5) / 2.
    const settings = (await t.request('GET', '/api/settings/evaluation', { token: tokens.admin })).body;
    await ok(await t.request('PUT', '/api/settings/evaluation', { token: tokens.admin, body: { ...settings, basicallySatisfiedWeight: 0.5 } }));
    const weighted = await ok<{ requests: { satisfactionRate: { value: number } } }>(await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: tokens.cadre }));
    expect(weighted.requests.satisfactionRate.value).toBeCloseTo(0.75, 10);

    // The public outcome: the same figures, without any person in them.
    const outcome = await t.request('GET', `/api/public/projects/${p.code}/outcome`);
    expect(outcome.status).toBe(200);
    expect(outcome.body.milestonesOnTime).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    const text = JSON.stringify(outcome.body);
    expect(text).not.toContain('王建国');
    expect(text).not.toContain('李敏');

    // Outside the owner unit's subtree it does not exist.
    expect((await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: tokens.cadre2 })).status).toBe(404);
    expect((await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: tokens.worker })).status).toBe(403);
  });
});
