// 代为登记 over real HTTP and PostgreSQL: a cadre records a request heard on a call, a visit, a letter, at the office or
// a forum; the requester's slip (code + secret) tracks it; its clocks start when it was heard; a named requester's
// phone links it to their account; channel is a dimension of the dashboard.
import { CHINA_OFFSET_MS, DAY_MS, chinaDayNumber, formatIsoDay } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { CalendarService } from '../src/modules/calendar/calendar.service';
import { InPersonClaimsService } from '../src/modules/intake/in-person/in-person-claims.service';
import { act, detail } from './support/factories';
import { newUser, signIn, testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const MACHINERY = '江海精密机械有限公司工会';
const TEXTILE = '临港纺织集团工会';

/** A China day, `daysBefore` today, as YYYY-MM-DD. */
const chinaDay = (daysBefore = 0) => formatIsoDay(chinaDayNumber(Date.now()) - daysBefore);

describe('代为登记: requests taken in person (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;

  function body(overrides: Record<string, unknown> = {}) {
    return {
      unitId: unitByName(w, MACHINERY).id,
      channel: 'phone',
      heardOn: chinaDay(),
      categoryId: w.categoryId,
      title: '工资连续两个月推迟发放',
      description: '来电反映：车间工资本应每月十号发放，最近两个月都推迟到二十号以后，职工房租和孩子学费受影响。',
      anonymous: true,
      ...overrides,
    };
  }
  const record = (overrides: Record<string, unknown> = {}, token = w.tokens.cadre, headers: Record<string, string> = {}) =>
    t.request('POST', '/api/requests/in-person', { token, body: body(overrides), headers });

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('records an anonymous call (来电, 12351) with a tracking slip the requester follows it with', async () => {
    const res = await record();
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ status: 'submitted', anonymous: true, channel: 'phone' });
    expect(res.body.trackingSecret).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);

    // the cadre sees how it came in, when, and who took it; nobody is on record as asking
    const seen = await detail(w, res.body.id);
    expect(seen).toMatchObject({ channel: 'phone', heardOn: chinaDay(), takenByName: '李敏', requesterId: null, requesterName: null, anonymous: true, hasContact: false });
    expect(seen.timeline).toEqual([expect.objectContaining({ action: 'submit', actorName: '李敏', payload: { channel: 'phone', heardOn: chinaDay() } })]);

    // the slip works, typed however the requester types it
    const typed = res.body.trackingSecret.toLowerCase().replace(/-/g, ' ');
    const tracked = await t.request('GET', `/api/track/${res.body.code}?secret=${encodeURIComponent(typed)}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body).toMatchObject({ code: res.body.code, status: 'submitted', title: '工资连续两个月推迟发放' });

    const [row] = await db.query(`SELECT channel, taken_by_id, requester_name, requester_phone_hash, contact_encrypted FROM request WHERE id = $1`, [res.body.id]);
    expect(row).toMatchObject({ channel: 'phone', taken_by_id: w.ids.cadre, requester_name: null, requester_phone_hash: null, contact_encrypted: null });
  });

  it('starts the clocks at the end of the day it was heard, not when it was typed in', async () => {
    const heardDay = chinaDayNumber(Date.now()) - 6;
    const res = await record({ channel: 'visit', heardOn: formatIsoDay(heardDay) });
    expect(res.status).toBe(201);
    const endOfDay = new Date((heardDay + 1) * DAY_MS - CHINA_OFFSET_MS - 1);
    expect(res.body.submittedAt).toBe(endOfDay.toISOString());
    // the response clock runs from then, on the working-day calendar
    const [{ response_days: responseDays }] = await db.query(`SELECT response_days FROM category WHERE id = $1`, [w.categoryId]);
    const calendar = await t.app.get(CalendarService).workingDays();
    expect(res.body.responseDueAt).toBe(calendar.clockPoints(endOfDay, responseDays).dueAt.toISOString());
    expect((await detail(w, res.body.id)).submittedAt).toBe(endOfDay.toISOString());
    // the timeline says when it was entered: now
    const [event] = await db.query(`SELECT at FROM request_event WHERE request_id = $1 AND action = 'submit'`, [res.body.id]);
    expect(Math.abs(event.at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('keeps a named requester’s phone sealed and only as a keyed hash, and links the request to their account when they sign in', async () => {
    const res = await record({ channel: 'walk_in', anonymous: false, requesterName: '周师傅', requesterPhone: '+86 139-1234-0001', contact: '住 3 号宿舍楼' });
    expect(res.status).toBe(201);
    expect(res.body.anonymous).toBe(false);
    expect(res.body.trackingSecret).toBeTruthy(); // no account yet: the slip is how they follow it

    const seen = await detail(w, res.body.id);
    expect(seen).toMatchObject({ channel: 'walk_in', requesterName: '周师傅', requesterId: null, hasContact: true });
    const revealed = await t.request('POST', `/api/requests/${res.body.id}/contact`, { token: w.tokens.cadre, body: { reason: '回访来访职工' } });
    expect(revealed.status).toBe(200);
    expect(revealed.body.contact).toBe('手机 13912340001；住 3 号宿舍楼');
    const [row] = await db.query(`SELECT requester_phone_hash, row_to_json(r)::text AS whole FROM request r WHERE id = $1`, [res.body.id]);
    expect(row.requester_phone_hash).toBeTruthy();
    expect(row.whole).not.toContain('13912340001');

    // 周师傅 gets an account with that phone and signs in: the request is theirs, under 我的诉求
    const zhou = await newUser(w, { username: 'zhou', role: 'worker', unit: MACHINERY, displayName: '周建华' });
    await db.query(`UPDATE app_user SET phone = '13912340001' WHERE id = $1`, [zhou.id]);
    expect((await t.request('GET', '/api/requests/mine', { token: zhou.token })).body.items).toEqual([]);
    await signIn(w.api, 'zhou'); // the sign-in flow calls InPersonClaimsService.claimInPersonRequests
    const mine = await t.request('GET', '/api/requests/mine', { token: zhou.token });
    expect(mine.body.items.map((item: { id: string }) => item.id)).toEqual([res.body.id]);
    const own = await t.request('GET', `/api/requests/${res.body.id}`, { token: zhou.token });
    expect(own.status).toBe(200);
    expect(own.body).toMatchObject({ requesterId: zhou.id, requesterName: '周建华', availableActions: ['withdraw'] });
    // once claimed, nobody else's sign-in takes it
    expect(await t.app.get(InPersonClaimsService).claimInPersonRequests(w.ids.worker, '13912340001')).toBe(0);
  });

  it('is theirs at once when an account already has that phone; never an anonymous one', async () => {
    const li = await newUser(w, { username: 'lihua', role: 'worker', unit: MACHINERY, displayName: '李华' });
    await db.query(`UPDATE app_user SET phone = '13700001111' WHERE id = $1`, [li.id]);
    const named = await record({ channel: 'forum', anonymous: false, requesterName: '李华', requesterPhone: '137 0000 1111' });
    expect(named.status).toBe(201);
    expect((await detail(w, named.body.id)).requesterId).toBe(li.id);

    const anonymous = await record({ channel: 'letter', contact: '13700001111' });
    expect(anonymous.status).toBe(201);
    expect(await t.app.get(InPersonClaimsService).claimInPersonRequests(li.id, '13700001111')).toBe(0);
    expect((await detail(w, anonymous.body.id)).requesterId).toBeNull();
  });

  it('gives the same slip again for the same Idempotency-Key', async () => {
    const first = await record({ title: '宿舍楼热水供应不足' }, w.tokens.cadre, { 'idempotency-key': 'slip-1' });
    const again = await record({ title: '宿舍楼热水供应不足' }, w.tokens.cadre, { 'idempotency-key': 'slip-1' });
    expect(first.status).toBe(201);
    expect(again.body).toEqual(first.body);
  });

  it.each([
    [{ heardOn: chinaDay(-1) }, 'heardOn', 'after today'],
    [{ heardOn: chinaDay(91) }, 'heardOn', 'last 90 days'],
    [{ heardOn: '2026-02-30' }, 'heardOn', 'real day'],
    [{ channel: 'online' }, 'channel', 'channel must be one of'],
    [{ anonymous: true, requesterName: '张三' }, 'requesterName', 'anonymous'],
    [{ anonymous: true, requesterPhone: '13800138000' }, 'requesterPhone', 'anonymous'],
    [{ anonymous: false }, 'requesterName', 'required'],
    [{ anonymous: false, requesterName: '张三', requesterPhone: '010-12345678' }, 'requesterPhone', 'mainland mobile'],
  ])('refuses %j with 400 naming %s, and saves nothing', async (overrides, field, words) => {
    const before = (await db.query(`SELECT count(*)::int AS n FROM request`))[0].n;
    const res = await record(overrides);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ field, message: expect.stringContaining(words) })]);
    expect((await db.query(`SELECT count(*)::int AS n FROM request`))[0].n).toBe(before);
  });

  it('is for cadres over the unit: another town’s unit is 404, a worker 403', async () => {
    expect((await record({ unitId: unitByName(w, TEXTILE).id })).status).toBe(404);
    expect((await record({}, w.tokens.worker)).status).toBe(403);
    expect((await record({ unitId: unitByName(w, TEXTILE).id }, w.tokens.cadre2)).status).toBe(201);
  });

  it('breaks the dashboard’s figures down by channel, and the channel is a column of the requests behind a figure', async () => {
    // one online request beside the ones taken in person, answered after a 回访
    const online = await t.request('POST', '/api/requests', {
      token: w.tokens.worker,
      body: { categoryId: w.categoryId, title: '更衣柜数量不够用', description: '新来的同事没有更衣柜，衣服只能放在角落里。' },
    });
    expect(online.status).toBe(201);
    const call = await record({ title: '夜班没有班车回宿舍' });
    await act(w, 'cadre', call.body.id, 'accept');
    const from = chinaDay(30);
    const to = chinaDay();
    const res = await t.request('GET', `/api/dashboard/breakdown?by=channel&from=${from}&to=${to}`, { token: w.tokens.leader });
    expect(res.status).toBe(200);
    const rows = new Map(res.body.rows.map((row: { key: string; label: string; figures: { responseRate: { numerator: number; denominator: number } } }) => [row.key, row]));
    expect([...rows.keys()].sort()).toEqual(['forum', 'letter', 'online', 'phone', 'visit', 'walk_in'].filter((key) => rows.has(key)).sort());
    expect(rows.get('phone')).toMatchObject({ label: '来电' });
    expect(rows.get('online')).toMatchObject({ label: '网上' });
    // the call accepted today responded on time: it counts in 来电's response rate
    const phone = rows.get('phone') as { figures: { responseRate: { numerator: number } } };
    expect(phone.figures.responseRate.numerator).toBeGreaterThanOrEqual(1);

    const listed = await t.request('GET', `/api/dashboard/requests?figure=backlog&part=numerator&from=${from}&to=${to}&limit=500`, { token: w.tokens.leader });
    expect(listed.status).toBe(200);
    const channels = new Map(listed.body.items.map((item: { id: string; channel: string }) => [item.id, item.channel]));
    expect(channels.get(call.body.id)).toBe('phone');
    expect(channels.get(online.body.id)).toBe('online');
  });
});
