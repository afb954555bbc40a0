// 据此提议实事项目 over real HTTP and PostgreSQL (issue 15, defect 3): a hotspot cluster proposes only the requests that
// may join a project now (accepted or in progress), and a project created with one that may not is refused naming
// that request by its place in requestIds (the web marks it), with nothing written.
import type { DashboardHotspots, HotspotClusterRequests } from '@banshishi/contracts';
import { chinaDay, detail, inStatus, newProject } from './support/factories';
import { bodyOf } from './support/http';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('proposing a project from a hotspot (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('proposes only the linkable requests of a cluster, and refuses an unlinkable one by its place, writing nothing', async () => {
    const accepted = await inStatus(w, 'accepted');
    const inProgress = await inStatus(w, 'in_progress');
    const merged = await inStatus(w, 'merged');
    const closed = await inStatus(w, 'closed');
    const submitted = await inStatus(w, 'submitted');

    const period = `from=${chinaDay(-1)}&to=${chinaDay(0)}`;
    const hotspots: DashboardHotspots = bodyOf(await t.request('GET', `/api/dashboard/hotspots?${period}`, { token: w.tokens.leader }));
    // A cluster's requests are read when it is opened.
    const opened: HotspotClusterRequests[] = [];
    for (const c of hotspots.clusters) {
      const query = `${period}&clusterUnitId=${c.unitId}&categoryId=${c.categoryId}&month=${c.month}`;
      opened.push(bodyOf(await t.request('GET', `/api/dashboard/hotspots/requests?${query}`, { token: w.tokens.leader })));
    }
    const cluster = opened.find((c) => c.requestIds.includes(accepted.id)) as HotspotClusterRequests;
    // The cluster is every request of it (the merge target inStatus made included); only two may join a project.
    expect(cluster.requestIds).toEqual(expect.arrayContaining([accepted.id, inProgress.id, merged.id, closed.id, submitted.id]));
    expect([...cluster.linkableRequestIds].sort()).toEqual([accepted.id, inProgress.id].sort());

    const projectsBefore = (await t.request('GET', '/api/projects', { token: w.tokens.cadre })).body.items.length;
    const refused = await t.request('POST', '/api/projects', {
      token: w.tokens.cadre,
      body: {
        title: '更衣柜专项',
        goal: '每人一个更衣柜',
        plan: '分批采购安装',
        ownerUnitId: w.people.cadre.roles.find((grant) => grant.role === 'cadre')?.unitId,
        ownerUserId: w.ids.cadre,
        deadline: chinaDay(200),
        expectedBeneficiaries: 50,
        requestIds: [accepted.id, merged.id],
      },
    });
    expect(refused.status).toBe(422);
    expect(refused.body.errors).toEqual([{ field: 'requestIds.1', message: expect.stringContaining(merged.code) }]);
    expect((await t.request('GET', '/api/projects', { token: w.tokens.cadre })).body.items).toHaveLength(projectsBefore);
    expect((await detail(w, accepted.id)).status).toBe('accepted');

    const project = await newProject(w, 'cadre', { requestIds: cluster.linkableRequestIds });
    expect(project.requests.map((r) => r.status)).toEqual(['in_project', 'in_project']);
  });
});
