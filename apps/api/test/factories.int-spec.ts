// The integration tests' own factories, held to what they promise: inStatus and projectInStatus reach every status
// through the real actions (each step on the timeline), for a named and an anonymous requester.
import { PROJECT_STATUSES, REQUEST_STATUSES, type RequestStatus } from '@banshishi/workflow';
import { act, detail, inStatus, projectInStatus, submit } from './support/factories';
import { newUser, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

/** The actions on the timeline of a request walked to each status (after its submission). */
const TIMELINES: Record<RequestStatus, string[]> = {
  submitted: [],
  accepted: ['accept'],
  in_progress: ['accept', 'assign'],
  in_project: ['accept', 'link_project'],
  resolved: ['accept', 'assign', 'resolve'],
  closed: ['accept', 'assign', 'resolve', 'return_visit'],
  rejected: ['reject'],
  merged: ['merge'],
  withdrawn: ['withdraw'],
};

describe('test factories (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it.each(REQUEST_STATUSES.map((status) => [status]))('inStatus(%s) walks a named request there through the actions', async (status) => {
    const r = await inStatus(w, status);
    expect(r.status).toBe(status);
    expect(r.timeline.map((e) => e.action)).toEqual(['submit', ...TIMELINES[status]]);
    expect(r.requesterName).toBe('王建国');
  });

  it.each(REQUEST_STATUSES.filter((status) => status !== 'withdrawn').map((status) => [status]))(
    'inStatus(%s) walks an anonymous request there, its secret kept',
    async (status) => {
      const r = await inStatus(w, status, { from: null, request: { unit: '滨江物流园联合工会' } });
      expect(r).toMatchObject({ status, anonymous: true, handlingUnitName: '滨江物流园联合工会' });
      expect((await t.request('GET', `/api/track/${r.code}?secret=${r.trackingSecret}`)).body.status).toBe(status);
    },
  );

  it('refuses to withdraw for an anonymous requester, who has no login to do it with', async () => {
    await expect(inStatus(w, 'withdrawn', { from: null })).rejects.toThrow(/signed-in requester/);
  });

  it('merges into an earlier request of the same unit, and hands a request to another handler', async () => {
    const merged = await inStatus(w, 'merged');
    const [target] = merged.timeline.filter((e) => e.action === 'merge').map((e) => e.payload.targetId as string);
    expect((await detail(w, target)).submittedAt <= merged.submittedAt).toBe(true);

    const handler = await newUser(w, { username: 'cadre-helper', displayName: '张帮办', role: 'cadre', unit: '滨江街道总工会' });
    const handled = await inStatus(w, 'resolved', { handler: 'cadre-helper' });
    expect(handled.handlerId).toBe(handler.id);
    expect(handled.timeline.at(-1)).toMatchObject({ action: 'resolve', actorName: '张帮办' });
  });

  it('acts with the current version unless given one, and reports a refusal with the server’s answer', async () => {
    const { id } = await submit(w);
    const accepted = await act(w, 'cadre', id, 'accept');
    expect(accepted.version).toBe(2);
    await expect(act(w, 'cadre', id, 'assign', { version: 1, handlerId: w.ids.cadre })).rejects.toThrow(/assign: expected 200, got 409/);
  });

  it.each(PROJECT_STATUSES.map((status) => [status]))('projectInStatus(%s) walks a project there through the actions', async (status) => {
    const p = await projectInStatus(w, status, { milestones: [['第一批整改', '2027-01-15']] });
    expect(p.status).toBe(status);
    expect(p.ownerUnitName).toBe('滨江街道总工会');
    const planned = !['draft', 'pending_approval', 'rejected', 'cancelled'].includes(status);
    expect(p.milestoneCount).toBe(planned ? 1 : 0);
  });
});
