// A merged request over real HTTP and PostgreSQL (issue 15, defects 2 and 5): its requester — anonymous on /track, or
// named in the app — follows the request it went into (progress, result), is told and asked when that is resolved,
// and answers once, for themselves; the target lists its duplicates with their photos, and the merged one says where
// it went. Also: the requester sees their own answer on their timeline, and the photos of progress notes are kept
// apart from the requester's own files.
import type { FollowedRequest, RequestDetail, TrackedRequest } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { act, detail, submit, tryAct } from './support/factories';
import { bodyOf } from './support/http';
import { upload, tinyJpeg, uploadPhoto } from './support/upload';
import { entryTokenOf, newUser, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const UNIT = '江海精密机械有限公司工会';

describe('merged requests (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;

  const track = async (code: string, secret: string): Promise<TrackedRequest> =>
    bodyOf(await t.request('GET', `/api/track/${code}?secret=${encodeURIComponent(secret)}`), 200, 'tracking');
  const trackAnswer = (code: string, secret: string, answer: Record<string, unknown>) => t.request('POST', `/api/track/${code}/feedback`, { body: { secret, ...answer } });

  /** A named request taken on and handled by the cadre, up to (not including) its resolution. */
  async function targetInHand(title: string) {
    const target = await submit(w, 'worker', { title, description: '车间里只有一台饮水机，夏天要排很长的队。' });
    await act(w, 'cadre', target.id, 'accept');
    await act(w, 'cadre', target.id, 'assign', { handlerId: w.ids.cadre });
    return target;
  }

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    await newUser(w, { username: 'zhao', role: 'worker', unit: UNIT, displayName: '赵师傅' });
  });
  afterAll(async () => {
    await t.close();
  });

  it('an anonymous merged requester follows the target on /track, is asked when it is resolved, and answers once for themselves', async () => {
    const target = await targetInHand('二车间饮水机不够用');
    const duplicate = await submit(w, null, { unit: UNIT, title: '饮水机太少排队久', description: '二车间的饮水机太少了，休息时间都在排队。' });
    const secret = duplicate.trackingSecret as string;
    await act(w, 'cadre', duplicate.id, 'merge', { targetId: target.id });

    let tracked = await track(duplicate.code, secret);
    expect(tracked).toMatchObject({ status: 'merged', canAnswer: false });
    expect(tracked.mergedInto).toMatchObject({ id: null, code: target.code, title: '二车间饮水机不够用', status: 'in_progress' });

    await act(w, 'cadre', target.id, 'note', { note: '已约谈企业，将增加两台饮水机', public: true });
    await act(w, 'cadre', target.id, 'note', { note: '内部：企业负责人态度消极', public: false });
    await act(w, 'cadre', target.id, 'resolve', { resolution: '企业已在二车间增加两台饮水机' });

    tracked = await track(duplicate.code, secret);
    expect(tracked.status).toBe('merged');
    expect(tracked.canAnswer).toBe(true);
    const followed = tracked.mergedInto as FollowedRequest;
    expect(followed.status).toBe('resolved');
    expect(followed.timeline.map((e) => [e.action, e.note ?? null])).toEqual([
      ['accept', null],
      ['assign', null],
      ['note', '已约谈企业，将增加两台饮水机'],
      ['resolve', '企业已在二车间增加两台饮水机'],
    ]);
    // Told of the progress and asked, on their own request (the merge promised it).
    expect(tracked.notifications.map((n) => n.kind)).toEqual(['progress', 'progress', 'answer_requested']);

    const answered = await trackAnswer(duplicate.code, secret, { resolved: 'partly', satisfaction: 'basically_satisfied', comment: '多了一台，还是有点挤' });
    expect(answered.status).toBe(200);
    expect(answered.body).toEqual({ code: duplicate.code, status: 'merged' });
    // Once only.
    expect((await trackAnswer(duplicate.code, secret, { resolved: 'resolved', satisfaction: 'satisfied' })).status).toBe(422);

    tracked = await track(duplicate.code, secret);
    expect(tracked.canAnswer).toBe(false);
    expect(tracked.timeline.at(-1)).toMatchObject({
      action: 'feedback',
      toStatus: 'merged',
      answer: { resolved: 'partly', satisfaction: 'basically_satisfied', comment: '多了一台，还是有点挤' },
    });
    const rows = await t.app.get(DataSource).query(`SELECT request_id, resolved, satisfaction, recorded_by FROM request_answer WHERE request_id = $1`, [duplicate.id]);
    expect(rows).toEqual([{ request_id: duplicate.id, resolved: 'partly', satisfaction: 'basically_satisfied', recorded_by: null }]);

    // The target's own requester answers too; that answer is theirs, not shown to the merged requester.
    await act(w, 'worker', target.id, 'feedback', { resolved: 'resolved', satisfaction: 'satisfied', comment: '王某的私人意见' });
    tracked = await track(duplicate.code, secret);
    expect(JSON.stringify(tracked.mergedInto)).not.toContain('王某的私人意见');
    expect(tracked.mergedInto?.status).toBe('closed');
  });

  it('refuses the merged requester’s answer until the target is resolved', async () => {
    const target = await targetInHand('宿舍热水时有时无');
    const duplicate = await submit(w, null, { unit: UNIT, title: '宿舍没热水' });
    await act(w, 'cadre', duplicate.id, 'merge', { targetId: target.id });
    const res = await trackAnswer(duplicate.code, duplicate.trackingSecret as string, { resolved: 'resolved', satisfaction: 'satisfied' });
    expect(res.status).toBe(422);
    expect((await t.app.get(DataSource).query(`SELECT count(*)::int AS n FROM request_answer WHERE request_id = $1`, [duplicate.id]))[0].n).toBe(0);
  });

  it('a named merged requester follows the target in the app, is notified, and answers with the feedback button', async () => {
    const target = await targetInHand('食堂晚餐太早结束');
    const duplicate = await submit(w, 'zhao', { title: '夜班吃不上晚饭', description: '食堂六点就关门，夜班职工吃不上饭。' });
    await act(w, 'cadre', duplicate.id, 'merge', { targetId: target.id });
    let mine = await detail(w, duplicate.id, 'zhao');
    expect(mine.availableActions).toEqual([]);
    expect(mine.mergedInto).toMatchObject({ id: null, code: target.code, status: 'in_progress' });

    await act(w, 'cadre', target.id, 'resolve', { resolution: '食堂延长供餐到晚上八点' });
    const notes = (await t.request('GET', '/api/notifications', { token: w.tokens.zhao })).body.items;
    expect(notes.filter((n: { requestId: string }) => n.requestId === duplicate.id).map((n: { kind: string }) => n.kind)).toEqual(['answer_requested', 'progress']);

    mine = await detail(w, duplicate.id, 'zhao');
    expect(mine.status).toBe('merged');
    expect(mine.availableActions).toEqual(['feedback']);
    expect(mine.mergedInto?.timeline.at(-1)).toMatchObject({ action: 'resolve', note: '食堂延长供餐到晚上八点' });
    // The target itself is not theirs to open.
    expect((await t.request('GET', `/api/requests/${target.id}`, { token: w.tokens.zhao })).status).toBe(404);

    const answered = await act(w, 'zhao', duplicate.id, 'feedback', { resolved: 'resolved', satisfaction: 'satisfied', comment: '现在能吃上热饭了' });
    expect(answered.status).toBe('merged');
    expect(answered.availableActions).toEqual([]);
    expect(answered.timeline.at(-1)).toMatchObject({ action: 'feedback', payload: { resolved: 'resolved', satisfaction: 'satisfied', comment: '现在能吃上热饭了' } });
    expect((await tryAct(w, 'zhao', duplicate.id, 'feedback', { version: answered.version, resolved: 'resolved', satisfaction: 'satisfied' })).status).toBe(422);
  });

  it('the target lists its merged duplicates with their photos and answers; the merged one says where it went', async () => {
    const target = await targetInHand('更衣柜不够');
    const photo = await upload(t, tinyJpeg(), '地上的衣物.jpg', { entryToken: entryTokenOf(w, UNIT) });
    expect(photo.status).toBe(201);
    const duplicate = await submit(w, null, { unit: UNIT, title: '衣服只能放地上', attachmentIds: [photo.body.id] });
    const named = await submit(w, 'zhao', { title: '没有更衣柜' });
    await act(w, 'cadre', duplicate.id, 'merge', { targetId: target.id });
    await act(w, 'cadre', named.id, 'merge', { targetId: target.id });

    const merged: RequestDetail = await detail(w, duplicate.id);
    expect(merged.mergedInto).toMatchObject({ id: target.id, code: target.code, title: '更衣柜不够' });

    await act(w, 'cadre', target.id, 'resolve', { resolution: '新增更衣柜四十个' });
    await act(w, 'zhao', named.id, 'feedback', { resolved: 'resolved', satisfaction: 'satisfied', comment: '有柜子了' });

    const survivor: RequestDetail = await detail(w, target.id);
    expect(survivor.duplicates.map((d) => [d.code, d.title, d.anonymous, d.requesterName])).toEqual([
      [duplicate.code, '衣服只能放地上', true, null],
      [named.code, '没有更衣柜', false, '赵师傅'],
    ]);
    expect(survivor.duplicates[0]!.attachments.map((a) => [a.id, a.originalName])).toEqual([[photo.body.id, '地上的衣物.jpg']]);
    expect(survivor.duplicates[0]!.answer).toBeNull();
    expect(survivor.duplicates[1]!.answer).toMatchObject({ resolved: 'resolved', satisfaction: 'satisfied', comment: '有柜子了' });
    // Staff can open the duplicate's photo; the target's own requester does not see the duplicates at all.
    expect((await t.request('GET', `/api/attachments/${photo.body.id}`, { token: w.tokens.cadre })).status).toBe(200);
    expect((await detail(w, target.id, 'worker')).duplicates).toEqual([]);
  });

  it("the requester's timeline shows their own answer, in the app and on /track", async () => {
    const named = await targetInHand('班车太挤');
    await act(w, 'cadre', named.id, 'resolve', { resolution: '增开一班班车' });
    await act(w, 'worker', named.id, 'feedback', { resolved: 'partly', satisfaction: 'dissatisfied', comment: '早班还是挤' });
    const own = await detail(w, named.id, 'worker');
    expect(own.timeline.find((e) => e.action === 'feedback')?.payload).toEqual({ resolved: 'partly', satisfaction: 'dissatisfied', comment: '早班还是挤' });

    const anonymous = await submit(w, null, { unit: UNIT, title: '车棚漏雨' });
    await act(w, 'cadre', anonymous.id, 'accept');
    await act(w, 'cadre', anonymous.id, 'assign', { handlerId: w.ids.cadre });
    await act(w, 'cadre', anonymous.id, 'resolve', { resolution: '车棚已修好' });
    expect((await trackAnswer(anonymous.code, anonymous.trackingSecret as string, { resolved: 'resolved', satisfaction: 'satisfied', comment: '修得很快' })).status).toBe(200);
    const tracked = await track(anonymous.code, anonymous.trackingSecret as string);
    expect(tracked.timeline.find((e) => e.action === 'feedback')?.answer).toEqual({ resolved: 'resolved', satisfaction: 'satisfied', comment: '修得很快' });
  });

  it("keeps a cadre's note photos apart from the requester's own files", async () => {
    const own = await uploadPhoto(t, w.tokens.worker, '漏水的屋顶.jpg');
    const request = await submit(w, 'worker', { title: '宿舍屋顶漏水', attachmentIds: [own] });
    await act(w, 'cadre', request.id, 'accept');
    const notePhoto = await uploadPhoto(t, w.tokens.cadre, '维修现场.jpg');
    const version = (await detail(w, request.id)).version;
    bodyOf(await tryAct(w, 'cadre', request.id, 'note', { version, note: '已安排维修', public: true, attachmentIds: [notePhoto] }), 200, 'note');

    for (const who of ['cadre', 'worker']) {
      const seen = await detail(w, request.id, who);
      expect([who, seen.attachments.map((a) => a.id), seen.notePhotos.map((a) => a.id)]).toEqual([who, [own], [notePhoto]]);
    }
  });
});
