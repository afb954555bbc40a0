// The handler workspace over real HTTP and PostgreSQL: my assigned open requests and the open milestones of the
// implementing projects I own, in one list, due soonest first, and nobody else's.
import type { OrgUnitNode, ProjectDetail, RequestDetail, Workspace } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { loadDemoWorld } from './demo-world';
import { createTestApp, type TestApp } from './test-app';

describe('handler workspace (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const units = new Map<string, OrgUnitNode>();
  let categoryId: string;
  let seq = 0;
  const db = () => t.app.get(DataSource);

  async function post(path: string, body: Record<string, unknown>, who: string, status = 200) {
    const res = await t.request('POST', path, { token: tokens[who], body });
    if (res.status !== status) throw new Error(`${path}: ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  /** A request at `unitName`, accepted by `cadre`, assigned to them when `assign`. */
  async function request(cadre: string, unitName: string, assign: boolean): Promise<RequestDetail> {
    seq += 1;
    const created = await post('/api/requests', { entryToken: units.get(unitName)?.entryToken, anonymous: true, categoryId, title: `宿舍空调坏了第${seq}次`, description: '宿舍空调坏了两周，夜班工人白天休息不好。' }, 'none', 201);
    let r: RequestDetail = (await t.request('GET', `/api/requests/${created.id}`, { token: tokens[cadre] })).body;
    r = await post(`/api/requests/${r.id}/actions/accept`, { version: r.version }, cadre);
    if (assign) r = await post(`/api/requests/${r.id}/actions/assign`, { version: r.version, handlerId: ids[cadre] }, cadre);
    return r;
  }
  async function project(milestones: [string, string][], start: boolean): Promise<ProjectDetail> {
    const linked = await request('cadre', '滨江物流园联合工会', false);
    let p: ProjectDetail = await post(
      '/api/projects',
      { title: '物流园宿舍空调更换', goal: '夏季宿舍降温', plan: '分批更换空调', ownerUnitId: units.get('滨江街道总工会')?.id, ownerUserId: ids.cadre, deadline: '2027-06-30', expectedBeneficiaries: 120, requestIds: [linked.id] },
      'cadre',
      201,
    );
    p = await post(`/api/projects/${p.id}/actions/submit`, { version: p.version }, 'cadre');
    p = await post(`/api/projects/${p.id}/actions/approve`, { version: p.version }, 'leader');
    for (const [title, dueDate] of milestones) p = await post(`/api/projects/${p.id}/milestones`, { version: p.version, title, dueDate }, 'cadre', 201);
    if (start) p = await post(`/api/projects/${p.id}/actions/start`, { version: p.version }, 'cadre');
    return p;
  }
  const workspace = async (who: string): Promise<Workspace> => (await t.request('GET', '/api/workspace', { token: tokens[who] })).body;

  beforeAll(async () => {
    t = await createTestApp();
    categoryId = await loadDemoWorld(t, { tokens, ids, units });
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

    const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
    const mine = await project([['更换一号楼空调', '2027-01-15'], ['更换二号楼空调', today], ['验收', '2027-05-01']], true);
    // A done milestone and a project not yet started stay off the list.
    const done = mine.milestones.find((m) => m.title === '验收')!;
    await post(`/api/projects/${mine.id}/milestones/${done.id}/complete`, { version: mine.version, evidence: '已验收' }, 'cadre');
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
