// 延期: asked for before the due time by the handler, decided by a leader; an approved one moves the resolution
// due time by working days on the calendar the admins keep (here across a Spring Festival with a 调休 Saturday).
import { DataSource } from 'typeorm';
import { detail, inStatus, tryAct } from './support/factories';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('extensions (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;

  /** An in-progress request whose resolution clock we then set by hand. */
  async function inProgress(acceptedAt: string, dueAt: string): Promise<string> {
    const { id } = await inStatus(w, 'in_progress', { request: { title: '车间通风设备需要检修', description: '喷漆车间的排风扇坏了两台，气味很大，工人头晕。' } });
    await db.query(`UPDATE request SET accepted_at = $2, resolution_due_at = $3, resolution_warn_at = $3 WHERE id = $1`, [id, acceptedAt, dueAt]);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    w = await testWorld(t);
    // An admin enters next year's Spring Festival: nine days off, and Saturday 20 February worked (调休).
    for (let day = 6; day <= 14; day++) {
      const res = await t.request('PUT', `/api/calendar/2027-02-${String(day).padStart(2, '0')}`, { token: w.tokens.admin, body: { kind: 'holiday', name: '春节' } });
      expect(res.status).toBe(200);
    }
    expect((await t.request('PUT', '/api/calendar/2027-02-20', { token: w.tokens.admin, body: { kind: 'workday', name: '春节调休' } })).status).toBe(200);
  });
  afterAll(async () => {
    await t.close();
  });

  it('moves the due time by working days across the festival once a leader approves', async () => {
    // Due Thursday 4 February 2027, 10:00 China time.
    const id = await inProgress('2027-01-20T02:00:00Z', '2027-02-04T02:00:00Z');
    let r = await detail(w, id);
    const ask = await tryAct(w, 'cadre', id, 'request_extension', { version: r.version, days: 5, reason: '需等企业春节后复工核实工资表' });
    expect(ask.status).toBe(200);
    expect(ask.body.pendingExtension).toMatchObject({ days: 5 });
    expect(ask.body.resolutionDueAt).toBe('2027-02-04T02:00:00.000Z'); // nothing moves before a decision

    r = ask.body;
    const again = await tryAct(w, 'cadre', id, 'request_extension', { version: r.version, days: 3, reason: '再延' });
    expect(again.status).toBe(422);
    expect((await tryAct(w, 'cadre', id, 'decide_extension', { version: r.version, decision: 'approved' })).status).toBe(403);

    const approve = await tryAct(w, 'leader', id, 'decide_extension', { version: r.version, decision: 'approved', comment: '同意' });
    expect(approve.status).toBe(200);
    // Fri 5 Feb (1); 6–14 Feb off; Mon 15 (2), Tue 16 (3), Wed 17 (4), Thu 18 (5) → Thursday 18 February, 10:00.
    expect(approve.body.resolutionDueAt).toBe('2027-02-18T02:00:00.000Z');
    expect(approve.body.extendedDays).toBe(5);
    expect(approve.body.pendingExtension).toBeNull();
    expect(approve.body.timeline.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['request_extension', 'decide_extension']));
  });

  it('counts the 调休 Saturday as a working day', async () => {
    // Due Friday 19 February 2027, 10:00; 2 days → Sat 20 (worked, 1), Mon 22 (2).
    const id = await inProgress('2027-02-01T02:00:00Z', '2027-02-19T02:00:00Z');
    let r = await detail(w, id);
    r = (await tryAct(w, 'cadre', id, 'request_extension', { version: r.version, days: 2, reason: '材料未齐' })).body;
    const approve = await tryAct(w, 'leader', id, 'decide_extension', { version: r.version, decision: 'approved' });
    expect(approve.body.resolutionDueAt).toBe('2027-02-22T02:00:00.000Z');
  });

  it('leaves the due time alone when the leader refuses, and lets a new request follow', async () => {
    const id = await inProgress('2027-01-20T02:00:00Z', '2027-03-04T02:00:00Z');
    let r = await detail(w, id);
    r = (await tryAct(w, 'cadre', id, 'request_extension', { version: r.version, days: 3, reason: '等待外部答复' })).body;
    const refuse = await tryAct(w, 'leader', id, 'decide_extension', { version: r.version, decision: 'refused', comment: '请按期办结' });
    expect(refuse.status).toBe(200);
    expect(refuse.body.resolutionDueAt).toBe('2027-03-04T02:00:00.000Z');
    expect(refuse.body.extendedDays).toBe(0);
    expect((await tryAct(w, 'cadre', id, 'request_extension', { version: refuse.body.version, days: 1, reason: '再申请一天' })).status).toBe(200);
  });

  it('refuses an extension asked for after the due time, and a decision with nothing pending', async () => {
    const id = await inProgress('2026-10-01T02:00:00Z', '2026-11-01T02:00:00Z');
    const r = await detail(w, id);
    const late = await tryAct(w, 'cadre', id, 'request_extension', { version: r.version, days: 3, reason: '来不及了' });
    expect(late.status).toBe(422);
    expect(late.body.errors[0].field).toBe('days');
    expect((await tryAct(w, 'leader', id, 'decide_extension', { version: r.version, decision: 'approved' })).status).toBe(422);
    expect((await tryAct(w, 'cadre', id, 'request_extension', { version: r.version, days: 2.5, reason: 'x' })).status).toBe(400);
  });
});
