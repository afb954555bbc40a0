// 评估问效 of a 实事项目, on a project whose numbers are worked out by hand below.
import { DataSource } from 'typeorm';
import { act, completeMilestone, inStatus, projectAct, projectInStatus } from './support/factories';
import { bodyOf } from './support/http';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('project evaluation (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let seq = 0;

  async function acceptedRequest() {
    seq += 1;
    return inStatus(w, 'accepted', { request: { title: `宿舍热水器坏了第${seq}台`, description: '三号宿舍楼的热水器坏了，冬天只能用冷水洗澡。' } });
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('counts milestones on time, the deadline, the linked requesters’ answers, people reached and the score', async () => {
    const requests = [await acceptedRequest(), await acceptedRequest(), await acceptedRequest()];
    let p = await projectInStatus(w, 'implementing', {
      project: {
        title: '职工宿舍热水改造',
        goal: '三栋宿舍全天有热水',
        plan: '更换热水器，加装太阳能',
        deadline: '2027-06-30',
        expectedBeneficiaries: 200,
        requestIds: requests.map((r) => r.id),
      },
      input: { approve: { comment: '同意' } },
      milestones: [
        ['采购热水器', '2027-03-31'],
        ['安装太阳能', '2027-05-31'],
      ],
    });
    const [first, second] = p.milestones;
    p = await completeMilestone(w, 'cadre', p.id, first.id, { version: p.version, evidence: '已采购30台' });
    p = await completeMilestone(w, 'cadre', p.id, second.id, { version: p.version, evidence: '已安装' });
    // The second was in truth done late: a day after its due day ended in China (2027-05-31 24:00 +08:00).
    await t.app.get(DataSource).query(`UPDATE project_milestone SET done_at = '2027-06-01T16:30:00Z' WHERE id = $1`, [second.id]);

    expect((await t.request('GET', `/api/public/projects/${p.code}/outcome`)).status).toBe(404); // not completed yet
    p = await projectAct(w, 'cadre', p.id, 'complete', { version: p.version, report: '三栋宿舍已全部改造完成', beneficiariesReached: 150 });

    // Two of the three requesters answer: one 已解决 + 满意, one 部分解决 + 基本满意; the third does not answer.
    for (const [request, answer] of [
      [requests[0], { resolved: 'resolved', satisfaction: 'satisfied' }],
      [requests[1], { resolved: 'partly', satisfaction: 'basically_satisfied' }],
    ] as const) {
      await act(w, 'worker', request.id, 'feedback', answer);
    }
    p = await projectAct(w, 'leader', p.id, 'evaluate', { version: p.version, score: 90, comment: '按期完成，职工基本满意' });

    const evaluation = bodyOf(await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: w.tokens.leader }));
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
    const settings = (await t.request('GET', '/api/settings/evaluation', { token: w.tokens.admin })).body;
    bodyOf(await t.request('PUT', '/api/settings/evaluation', { token: w.tokens.admin, body: { ...settings, basicallySatisfiedWeight: 0.5 } }));
    const weighted = bodyOf<{ requests: { satisfactionRate: { value: number } } }>(await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: w.tokens.cadre }));
    expect(weighted.requests.satisfactionRate.value).toBeCloseTo(0.75, 10);

    // The public outcome: the same figures, without any person in them.
    const outcome = await t.request('GET', `/api/public/projects/${p.code}/outcome`);
    expect(outcome.status).toBe(200);
    expect(outcome.body.milestonesOnTime).toEqual({ value: 0.5, numerator: 1, denominator: 2 });
    const text = JSON.stringify(outcome.body);
    expect(text).not.toContain('王建国');
    expect(text).not.toContain('李敏');

    // Outside the owner unit's subtree it does not exist.
    expect((await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: w.tokens.cadre2 })).status).toBe(404);
    expect((await t.request('GET', `/api/projects/${p.id}/evaluation`, { token: w.tokens.worker })).status).toBe(403);
  });
});
