// Anonymity and privacy (DOMAIN.md): no IP or account on an anonymous request or in the logs, the contact
// unreadable in a plain pg_dump, and opened only by a cadre of the handling unit, each time on the audit log.
import { PassThrough } from 'node:stream';
import { DataSource } from 'typeorm';
import { entryTokenOf, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const CLIENT_IP = '203.0.113.77';
const CONTACT = '手机 13912345678 夜班李师傅';

/**
 * Every row of every table in its plain text form: what `pg_dump --data-only` writes (the embedded server ships
 * no pg_dump, and the machine's client may be older than the server, so the rows are read directly).
 */
async function plainDump(db: DataSource): Promise<string> {
  const tables: { name: string }[] = await db.query(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public'`);
  const parts: string[] = [];
  for (const { name } of tables) {
    const rows: { line: string }[] = await db.query(`SELECT t::text AS line FROM ${name} t`);
    parts.push(`-- ${name}`, ...rows.map((row) => row.line));
  }
  return parts.join('\n');
}

describe('privacy of anonymous requests', () => {
  let t: TestApp;
  let w: TestWorld;
  let logs = '';
  let requestId: string;
  let trackingSecret: string;

  beforeAll(async () => {
    const stream = new PassThrough();
    stream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
    t = await createTestApp({ TRUST_PROXY: '1', LOG_LEVEL: 'info' }, stream);
    w = await testWorld(t);
    const res = await t.request('POST', '/api/requests', {
      headers: { 'x-forwarded-for': CLIENT_IP },
      body: {
        entryToken: entryTokenOf(w, '滨江物流园联合工会'),
        anonymous: true,
        categoryId: w.categoryId,
        title: '仓库夜班叉车通道没有照明',
        description: '夜里两点以后叉车通道的灯全部关掉，差点撞到人，请尽快处理。',
        contact: CONTACT,
      },
    });
    expect(res.status).toBe(201);
    requestId = res.body.id;
    trackingSecret = res.body.trackingSecret;
    await t.request('GET', `/api/track/${res.body.code}?secret=${trackingSecret}`, { headers: { 'x-forwarded-for': CLIENT_IP } });
  });
  afterAll(async () => {
    await t.close();
  });

  it('logs the requests but never the client address, the tracking secret or the contact', () => {
    expect(logs).toContain('"url":"/api/requests"');
    expect(logs).toContain('/api/track/');
    expect(logs).not.toContain(CLIENT_IP);
    expect(logs).not.toContain('127.0.0.1');
    expect(logs).not.toContain(trackingSecret);
    expect(logs).not.toContain('13912345678');
  });

  it('stores no account, name or address on the row', async () => {
    const [row] = await t.app.get(DataSource).query(`SELECT requester_id, row_to_json(r)::text AS whole FROM request r WHERE id = $1`, [requestId]);
    expect(row.requester_id).toBeNull();
    expect(row.whole).not.toContain(CLIENT_IP);
    expect(row.whole).not.toContain(trackingSecret);
  });

  it('keeps the contact unreadable in a plain dump of the whole database', async () => {
    const dump = await plainDump(t.app.get(DataSource));
    expect(dump).toContain('仓库夜班叉车通道没有照明'); // the dump is real and holds the request…
    expect(dump).not.toContain('13912345678'); // …but not the contact,
    expect(dump).not.toContain(Buffer.from('13912345678').toString('hex')); // not even as bytea hex
    expect(dump).not.toContain('李师傅');
    expect(dump).not.toContain(CLIENT_IP);
  });

  it('opens the contact for a cadre of the handling unit and audits each reveal', async () => {
    const cadre = w.tokens.cadre;
    const res = await t.request('POST', `/api/requests/${requestId}/contact`, { token: cadre, body: { reason: '电话回访' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ contact: CONTACT });
    const audit = await t.request('GET', '/api/audit?action=request.contact_reveal', { token: w.tokens.admin });
    expect(audit.body.items).toHaveLength(1);
    expect(audit.body.items[0]).toMatchObject({ actorName: '李敏', entityId: requestId, after: { reason: '电话回访' } });
  });

  it('keeps it sealed from everyone else', async () => {
    expect((await t.request('POST', `/api/requests/${requestId}/contact`, { token: w.tokens.cadre2, body: { reason: '看看' } })).status).toBe(404);
    expect((await t.request('POST', `/api/requests/${requestId}/contact`, { token: w.tokens.leader, body: { reason: '看看' } })).status).toBe(403);
    expect((await t.request('POST', `/api/requests/${requestId}/contact`, { token: w.tokens.worker, body: { reason: '看看' } })).status).toBe(403);
    expect((await t.request('POST', `/api/requests/${requestId}/contact`, { token: w.tokens.cadre, body: {} })).status).toBe(400);
    const audit = await t.request('GET', '/api/audit?action=request.contact_reveal', { token: w.tokens.admin });
    expect(audit.body.items).toHaveLength(1);
  });
});
