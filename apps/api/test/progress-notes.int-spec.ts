// Progress notes with photos over real HTTP and PostgreSQL: a public note's photo reaches the requester (detail, and
// tracking page by code + secret); an internal note's photo does not; only the caller's own fresh uploads link.
import type { RequestDetail } from '@banshishi/contracts';
import { detail, inStatus, tryAct } from './support/factories';
import { uploadPhoto } from './support/upload';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('progress notes with photos (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;

  const note = (r: RequestDetail, body: Record<string, unknown>) => tryAct(w, 'cadre', r.id, 'note', { version: r.version, ...body });

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('shows a public note’s photo to the worker, and hides an internal note’s photo', async () => {
    let r: RequestDetail = await inStatus(w, 'in_progress', {
      request: { unit: '江海精密机械有限公司工会', title: '车间照明不足', description: '三号车间夜班照明不足，看不清仪表读数。' },
    });

    const publicPhoto = await uploadPhoto(t, w.tokens.cadre, '新灯具.jpg');
    const res = await note(r, { note: '已更换十盏灯具，见照片', public: true, attachmentIds: [publicPhoto] });
    expect(res.status).toBe(200);
    r = res.body;
    expect(r.timeline.at(-1)).toMatchObject({ action: 'note', public: true, payload: { note: '已更换十盏灯具，见照片', attachmentIds: [publicPhoto] } });

    const internalPhoto = await uploadPhoto(t, w.tokens.cadre, '配电箱.jpg');
    r = (await note(r, { note: '配电箱老化，需报企业维修', attachmentIds: [internalPhoto] })).body;
    expect(r.notePhotos.map((a) => a.id)).toEqual([publicPhoto, internalPhoto]); // staff see both, apart from the request's own files
    expect(r.attachments).toEqual([]);

    const seen: RequestDetail = await detail(w, r.id, 'worker');
    expect(seen.timeline.filter((e) => e.action === 'note')).toEqual([expect.objectContaining({ payload: { note: '已更换十盏灯具，见照片', attachmentIds: [publicPhoto] } })]);
    expect(seen.notePhotos.map((a) => a.id)).toEqual([publicPhoto]);
    expect((await t.request('GET', `/api/attachments/${publicPhoto}`, { token: w.tokens.worker })).status).toBe(200);
    expect((await t.request('GET', `/api/attachments/${internalPhoto}`, { token: w.tokens.worker })).status).toBe(404);
    expect((await t.request('GET', `/api/attachments/${internalPhoto}`, { token: w.tokens.cadre })).status).toBe(200);
  });

  it('shows a public note and its photo on the anonymous tracking page, and not an internal one', async () => {
    const created = await inStatus(w, 'in_progress', {
      from: null,
      request: { unit: '滨江物流园联合工会', title: '仓库叉车通道太窄', description: '仓库叉车通道堆满货物，差点撞到人。' },
    });
    const { code } = created;
    const secret = created.trackingSecret as string;
    let r: RequestDetail = created;
    const publicPhoto = await uploadPhoto(t, w.tokens.cadre);
    r = (await note(r, { note: '已清理通道并划线', public: true, attachmentIds: [publicPhoto] })).body;
    const internalPhoto = await uploadPhoto(t, w.tokens.cadre);
    expect((await note(r, { note: '仓库主管态度消极', public: false, attachmentIds: [internalPhoto] })).status).toBe(200);

    const tracked = await t.request('GET', `/api/track/${code}?secret=${encodeURIComponent(secret)}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.timeline.filter((e: { action: string }) => e.action === 'note')).toEqual([
      expect.objectContaining({ note: '已清理通道并划线', attachmentIds: [publicPhoto] }),
    ]);
    expect(tracked.body.notePhotos.map((a: { id: string }) => a.id)).toEqual([publicPhoto]);
    expect(JSON.stringify(tracked.body)).not.toContain('仓库主管态度消极');
    const read = (id: string, s = secret) => t.request('GET', `/api/attachments/${id}?code=${code}&secret=${encodeURIComponent(s)}`);
    expect((await read(publicPhoto)).status).toBe(200);
    expect((await read(internalPhoto)).status).toBe(404);
    expect((await read(publicPhoto, 'wrong-secret')).status).toBe(404);
  });

  it('links only the caller’s own unlinked uploads, and writes nothing otherwise', async () => {
    const r = await inStatus(w, 'in_progress', { request: { unit: '江海精密机械有限公司工会', title: '更衣柜不够用', description: '新入职员工没有更衣柜，衣物只能放地上。' } });
    const workersPhoto = await uploadPhoto(t, w.tokens.worker);
    const refused = await note(r, { note: '已协调新增更衣柜', public: true, attachmentIds: [workersPhoto] });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'attachmentIds' })]);
    expect((await note(r, { note: '格式不对', attachmentIds: 'x' })).status).toBe(400);
    const after: RequestDetail = await detail(w, r.id, 'cadre');
    expect(after.version).toBe(r.version);
    expect(after.attachments).toEqual([]);
  });
});
