// The notification centre: what each action tells whom, each person's own list (read/unread, paging), the
// anonymous requester's on the tracking page, and e-mail through a real local SMTP server when configured.
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { DataSource } from 'typeorm';
import { act, inStatus, submit, tryAct, type SubmitInput } from './support/factories';
import { mailText } from './support/mail';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

interface Received {
  to: string[];
  raw: string;
}

describe('notifications (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;

  const request: SubmitInput = { title: '食堂饭菜价格上涨', description: '最近一个月食堂饭菜价格上涨了三成，分量却变少了。' };
  const list = (who: string, query = '') => t.request('GET', `/api/notifications${query}`, { token: w.tokens[who] });
  const kinds = async (who: string) => ((await list(who, '?limit=100')).body.items as { kind: string }[]).map((n) => n.kind);

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it('tells each person what concerns them, once per action', async () => {
    const { id } = await inStatus(w, 'in_progress', { request });
    expect(await kinds('cadre')).toEqual(['assigned']);

    await act(w, 'leader', id, 'supervise', { note: '请本周内与食堂承包方约谈', deadline: '2026-12-31' });
    await act(w, 'cadre', id, 'note', { note: '已约谈食堂承包方', public: true });
    await act(w, 'cadre', id, 'note', { note: '承包方态度消极（内部）' });
    await act(w, 'cadre', id, 'resolve', { resolution: '食堂价格恢复原价，分量按标准执行' });
    await act(w, 'worker', id, 'feedback', { resolved: 'unresolved', satisfaction: 'dissatisfied', comment: '分量还是不够' });

    expect(await kinds('cadre')).toEqual(['request_reopened', 'supervised', 'assigned']);
    expect(await kinds('worker')).toEqual(['answer_requested', 'progress', 'progress']);
    expect(await kinds('leader')).toEqual([]);
    const supervised = (await list('cadre')).body.items.find((n: { kind: string }) => n.kind === 'supervised');
    expect(supervised).toMatchObject({ title: '领导督办', requestId: id, readAt: null });
    expect(supervised.body).toContain('请本周内与食堂承包方约谈');
  });

  it('lists only my own, pages newest first, and marks read', async () => {
    const page1 = await list('cadre', '?limit=2');
    expect(page1.status).toBe(200);
    expect(page1.body.items).toHaveLength(2);
    expect(page1.body.unreadCount).toBe(3);
    const page2 = await list('cadre', `?limit=2&cursor=${page1.body.nextCursor}`);
    expect(page2.body.items.map((n: { kind: string }) => n.kind)).toEqual(['assigned']);
    expect(page2.body.nextCursor).toBeNull();
    expect((await list('cadre', '?cursor=bogus')).status).toBe(400);

    const [first] = page1.body.items;
    // someone else's notification does not exist for me
    expect((await t.request('POST', `/api/notifications/${first.id}/read`, { token: w.tokens.worker })).status).toBe(404);
    expect((await t.request('POST', '/api/notifications/abc/read', { token: w.tokens.cadre })).status).toBe(404);
    const read = await t.request('POST', `/api/notifications/${first.id}/read`, { token: w.tokens.cadre });
    expect(read.status).toBe(200);
    expect(read.body.readAt).not.toBeNull();
    expect((await t.request('GET', '/api/notifications/unread-count', { token: w.tokens.cadre })).body).toEqual({ unreadCount: 2 });
    expect((await list('cadre', '?unread=true')).body.items).toHaveLength(2);

    const all = await t.request('POST', '/api/notifications/read-all', { token: w.tokens.cadre });
    expect(all.body).toEqual({ marked: 2, unreadCount: 0 });
    expect((await t.request('GET', '/api/notifications/unread-count', { token: w.tokens.worker })).body).toEqual({ unreadCount: 3 });
    expect((await t.request('GET', '/api/notifications')).status).toBe(401);
  });

  it('shows an anonymous requester theirs on the tracking page', async () => {
    const { id, code, trackingSecret } = await inStatus(w, 'in_progress', { request: { ...request, anonymous: true, title: '匿名反映夜班补贴' } });
    await act(w, 'cadre', id, 'note', { note: '已向人事部门核实', public: true });
    await act(w, 'cadre', id, 'resolve', { resolution: '夜班补贴已补发' });
    const tracked = await t.request('GET', `/api/track/${code}?secret=${trackingSecret}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.notifications.map((n: { kind: string }) => n.kind)).toEqual(['progress', 'progress', 'answer_requested']);
    expect(tracked.body.notifications[2]).toMatchObject({ title: '请评价办理结果', at: expect.any(String) });
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM notification WHERE request_id = $1 AND recipient_id IS NULL`, [id]);
    expect(n).toBe(3);
  });

  it('works without SMTP: the address is kept, nothing is sent, nothing breaks', async () => {
    const users = (await t.request('GET', '/api/users', { token: w.tokens.admin })).body;
    const cadre = users.find((u: { username: string }) => u.username === 'cadre');
    expect((await t.request('PATCH', `/api/users/${cadre.id}`, { token: w.tokens.admin, body: { email: 'not-an-address' } })).status).toBe(400);
    const updated = await t.request('PATCH', `/api/users/${cadre.id}`, { token: w.tokens.admin, body: { email: 'li.min@example.org' } });
    expect(updated.status).toBe(200);
    expect(updated.body.email).toBe('li.min@example.org');
    const { id } = await inStatus(w, 'in_progress', { request });
    const [row] = await db.query(`SELECT email_sent_at FROM notification WHERE request_id = $1 AND kind = 'assigned'`, [id]);
    expect(row.email_sent_at).toBeNull();
  });
});

describe('notification e-mail through a local SMTP server', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: Received[] = [];

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk: Buffer) => (raw += chunk.toString()));
        stream.on('end', () => {
          received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    t = await createTestApp({ JOBS: 'on', CLOCK_SWEEP_SECONDS: '60', SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: '办实事 <noreply@banshishi.test>' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(() => resolve()));
  });

  it('e-mails the handler an assignment, after the commit, once', async () => {
    const w = await testWorld(t);
    expect((await t.request('PATCH', `/api/users/${w.ids.cadre}`, { token: w.tokens.admin, body: { email: 'li.min@example.org' } })).status).toBe(200);
    const submitted = await submit(w, 'worker', { title: '更衣室柜子不够用', description: '新招了一批工人，更衣室柜子不够，大家只能把衣服放地上。' });
    const accepted = await act(w, 'cadre', submitted.id, 'accept', { version: 1 });
    const assigned = await tryAct(w, 'cadre', submitted.id, 'assign', { version: accepted.version, handlerId: w.ids.cadre });
    expect(assigned.status).toBe(200);

    const deadline = Date.now() + 15_000;
    while (received.length === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(received).toHaveLength(1);
    expect(received[0].to).toEqual(['li.min@example.org']);
    const { text } = mailText(received[0].raw);
    expect(text).toContain(`${submitted.code}「更衣室柜子不够用」已分派给您`);
    // marked sent once the server has answered
    const db = t.app.get(DataSource);
    const sentAt = async () => (await db.query(`SELECT email_sent_at FROM notification WHERE request_id = $1 AND kind = 'assigned'`, [submitted.id]))[0].email_sent_at;
    while ((await sentAt()) === null && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await sentAt()).not.toBeNull();
    // the worker has no address: nothing for them
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(received).toHaveLength(1);
  });
});
