// Every request action over real HTTP: allowed → 200 + a timeline event; wrong state → 422; wrong role → 403;
// out of scope → 404; stale version → 409; missing input → 400. And two cadres racing for one request.
import type { RequestStatus } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { detail, inStatus as walk, tryAct } from './support/factories';
import { testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('triage actions (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let seq = 0;

  async function events(id: string): Promise<number> {
    const [row] = await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM request_event WHERE request_id = $1`, [id]);
    return row.n;
  }
  /** A request at the worker's unit brought to `status` through the API itself (the cadre handles it). */
  function inStatus(status: RequestStatus) {
    seq += 1;
    return walk(w, status, {
      request: { unit: '江海精密机械有限公司工会', title: `车间饮水机坏了第${seq}次`, description: '三号车间的饮水机已经坏了一个星期，夏天工人喝不上水。' },
      input: { resolve: { resolution: '已更换新饮水机' } },
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  const allowed: [string, 'submitted' | 'accepted' | 'in_progress' | 'resolved', () => Record<string, unknown>, string, string][] = [
    ['accept', 'submitted', () => ({}), 'accepted', 'cadre'],
    ['reject', 'submitted', () => ({ reason: '不属于工会受理范围，已告知向社保部门反映' }), 'rejected', 'cadre'],
    ['transfer', 'submitted', () => ({ unitId: unitByName(w, '滨江物流园联合工会').id, reason: '实际用工单位是物流园' }), 'submitted', 'cadre'],
    ['assign', 'accepted', () => ({ handlerId: w.ids.cadre }), 'in_progress', 'cadre'],
    ['note', 'in_progress', () => ({ note: '已电话联系职工', contacted: true, public: true }), 'in_progress', 'cadre'],
    ['resolve', 'in_progress', () => ({ resolution: '已更换新饮水机' }), 'resolved', 'cadre'],
    ['return_visit', 'resolved', () => ({ resolved: 'resolved', satisfaction: 'satisfied', channel: 'phone' }), 'closed', 'cadre'],
    ['feedback', 'resolved', () => ({ resolved: 'unresolved', satisfaction: 'dissatisfied', comment: '还是坏的' }), 'in_progress', 'worker'],
    ['withdraw', 'submitted', () => ({ reason: '已自行解决' }), 'withdrawn', 'worker'],
    ['supervise', 'accepted', () => ({ note: '请本周内办结', deadline: '2026-12-31' }), 'accepted', 'leader'],
  ];

  it.each(allowed)('%s from %s → 200 and one more timeline event', async (action, from, body, to, who) => {
    const r = await inStatus(from);
    const before = await events(r.id);
    const res = await tryAct(w, who, r.id, action, { version: r.version, ...body() });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe(to);
    expect(res.body.version).toBe(r.version + 1);
    expect(await events(r.id)).toBe(before + 1);
  });

  it('merges a duplicate into another request in scope', async () => {
    const survivor = await inStatus('submitted');
    const duplicate = await inStatus('submitted');
    const res = await tryAct(w, 'cadre', duplicate.id, 'merge', { version: duplicate.version, targetId: survivor.id });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('merged');
    const [row] = await t.app.get(DataSource).query(`SELECT merged_into_id FROM request WHERE id = $1`, [duplicate.id]);
    expect(row.merged_into_id).toBe(survivor.id);
  });

  it('answers 422 for an action the status does not allow', async () => {
    const r = await inStatus('submitted');
    const res = await tryAct(w, 'cadre', r.id, 'resolve', { version: r.version, resolution: 'x' });
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('INVALID_TRANSITION');
    expect(await events(r.id)).toBe(1);
  });

  it('answers 403 for a role that may not act, inside scope', async () => {
    const r = await inStatus('submitted');
    const res = await tryAct(w, 'leader', r.id, 'accept', { version: r.version });
    expect(res.status).toBe(403);
    expect(res.body.code).toBe('FORBIDDEN');
  });

  it('answers 404 out of scope, and for unknown ids and actions', async () => {
    const r = await inStatus('submitted');
    expect((await tryAct(w, 'cadre2', r.id, 'accept', { version: r.version })).status).toBe(404);
    expect((await tryAct(w, 'cadre', '00000000-0000-4000-8000-000000000000', 'accept', { version: 1 })).status).toBe(404);
    expect((await tryAct(w, 'cadre', r.id, 'teleport', { version: r.version })).status).toBe(404);
    // a target outside the cadre's scope is as good as missing
    const res = await tryAct(w, 'cadre', r.id, 'transfer', { version: r.version, unitId: unitByName(w, '临港纺织集团工会').id, reason: '转给临港' });
    expect(res.status).toBe(404);
    expect(await events(r.id)).toBe(1);
  });

  it('answers 409 to a stale version and changes nothing', async () => {
    const r = await inStatus('submitted');
    const res = await tryAct(w, 'cadre', r.id, 'accept', { version: r.version + 5 });
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('STALE_VERSION');
    expect((await detail(w, r.id)).status).toBe('submitted');
  });

  it.each([
    ['reject', {}, 'reason'],
    ['transfer', { reason: '转办' }, 'unitId'],
    ['merge', {}, 'targetId'],
    ['note', {}, 'note'],
  ])('answers 400 naming the field when %s lacks its input', async (action, body, field) => {
    const r = await inStatus('submitted');
    const res = await tryAct(w, 'cadre', r.id, action, { version: r.version, ...body });
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe(field);
    expect(await events(r.id)).toBe(1);
  });

  it('answers 400 without a version', async () => {
    const r = await inStatus('submitted');
    const res = await tryAct(w, 'cadre', r.id, 'accept', {});
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('version');
  });

  it('lets exactly one of two cadres racing to accept win; the other gets 409', async () => {
    const r = await inStatus('submitted');
    const [a, b] = await Promise.all([tryAct(w, 'cadre', r.id, 'accept', { version: r.version }), tryAct(w, 'cadre', r.id, 'accept', { version: r.version })]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const rows = await t.app.get(DataSource).query(`SELECT action FROM request_event WHERE request_id = $1 AND action = 'accept'`, [r.id]);
    expect(rows).toHaveLength(1);
  });

  it('starts the resolution clock on acceptance and marks the first response', async () => {
    const r = await inStatus('accepted');
    const [row] = await t.app.get(DataSource).query(`SELECT responded_at, accepted_at, resolution_due_at > accepted_at AS ahead FROM request WHERE id = $1`, [r.id]);
    expect(row.responded_at).not.toBeNull();
    expect(row.accepted_at).not.toBeNull();
    expect(row.ahead).toBe(true);
  });

  it('keeps the leader’s 督办 off the requester’s timeline', async () => {
    const r = await inStatus('accepted');
    await tryAct(w, 'leader', r.id, 'supervise', { version: r.version, note: '请加快', deadline: '2026-12-31' });
    const mine = await detail(w, r.id, 'worker');
    expect(mine.timeline.map((e) => e.action)).not.toContain('supervise');
    expect((await detail(w, r.id, 'cadre')).timeline.map((e) => e.action)).toContain('supervise');
  });
});
