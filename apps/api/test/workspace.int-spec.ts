// The handler workspace over real HTTP and PostgreSQL: my assigned open requests and the open milestones of the
// implementing projects I own, in one list, due soonest first, and nobody else's.
import type { Workspace } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { chinaDay, completeMilestone, inStatus, projectInStatus } from './support/factories';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('handler workspace (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let seq = 0;
  const db = () => t.app.get(DataSource);

  /** An anonymous request at `unitName`, accepted by `cadre`, assigned to them when `assign`. */
  function request(cadre: string, unitName: string, assign: boolean) {
    seq += 1;
    return inStatus(w, assign ? 'in_progress' : 'accepted', {
      from: null,
      by: cadre,
      request: { unit: unitName, title: `宿舍空调坏了第${seq}次`, description: '宿舍空调坏了两周，夜班工人白天休息不好。' },
    });
  }
  /** Cadre's project (approved, with `milestones` planned; implementing when `start`) taking in one accepted request. */
  async function project(milestones: [string, string][], start: boolean) {
    const linked = await request('cadre', '滨江物流园联合工会', false);
    return projectInStatus(w, start ? 'implementing' : 'approved', {
      project: { title: '物流园宿舍空调更换', goal: '夏季宿舍降温', plan: '分批更换空调', deadline: '2027-06-30', expectedBeneficiaries: 120, requestIds: [linked.id] },
      milestones,
    });
  }
  const workspace = async (who: string): Promise<Workspace> => (await t.request('GET', '/api/workspace', { token: w.tokens[who] })).body;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('merges my assigned requests and my projects’ open milestones, due soonest first, with counts', async () => {
    const later = await request('cadre', '江海精密机械有限公司工会', true);
    const overdue = await request('cadre', '江海精密机械有限公司工会', true);
    await request('cadre', '江海精密机械有限公司工会', false); // accepted, not assigned to anyone: not mine
    const theirs = await request('cadre2', '临港纺织集团工会', true);
    await db().query(`UPDATE request SET resolution_due_at = now() + interval '20 days', resolution_warn_at = now() + interval '16 days' WHERE id = $1`, [later.id]);
    await db().query(`UPDATE request SET resolution_due_at = now() - interval '1 day', resolution_warn_at = now() - interval '3 days' WHERE id = $1`, [overdue.id]);

    const today = chinaDay();
    const mine = await project(
      [
        ['更换一号楼空调', '2027-01-15'],
        ['更换二号楼空调', today],
        ['验收', '2027-05-01'],
      ],
      true,
    );
    // A done milestone and a project not yet started stay off the list.
    const done = mine.milestones.find((m) => m.title === '验收')!;
    await completeMilestone(w, 'cadre', mine.id, done.id, { version: mine.version, evidence: '已验收' });
    await project([['未开始的节点', '2027-02-01']], false);

    const ws = await workspace('cadre');
    expect(ws.items.map((item) => [item.kind, item.title, item.overdue, item.dueSoon])).toEqual([
      ['request', overdue.title, true, false],
      ['milestone', '更换二号楼空调', false, true],
      ['request', later.title, false, false],
      ['milestone', '更换一号楼空调', false, false],
    ]);
    const milestone = ws.items[1]!;
    expect(milestone).toMatchObject({ code: mine.code, context: mine.title, link: `/projects/${mine.id}` });
    expect(ws.items[0]).toMatchObject({ id: overdue.id, code: overdue.code, link: `/requests/${overdue.id}` });
    const dueAts = ws.items.map((item) => Date.parse(item.dueAt!));
    expect([...dueAts].sort((a, b) => a - b)).toEqual(dueAts);
    expect(ws.counts).toEqual({ total: 4, requests: 2, milestones: 2, overdue: 1, dueSoon: 1 });

    const other = await workspace('cadre2');
    expect(other.items.map((item) => item.id)).toEqual([theirs.id]);
    expect((await workspace('worker')).counts.total).toBe(0);
    expect((await t.request('GET', '/api/workspace')).status).toBe(401);
  });
});
