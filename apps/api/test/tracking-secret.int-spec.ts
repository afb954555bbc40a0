// Defect 9: the anonymous requester's tracking secret is read off paper and out loud — no look-alikes, groups of four,
// case and spaces do not matter — and the secrets issued before keep working.
import { createHmac, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { submit } from './support/factories';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const APP_SECRET = 'test-secret-'.padEnd(40, 'x'); // test-app.ts

describe('tracking secrets (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  const track = (code: string, secret: string) => t.request('GET', `/api/track/${code}?secret=${encodeURIComponent(secret)}`);

  it('gives an anonymous requester 4 × 4 symbols without 0/O, 1/I/l, U/V, and takes them back however typed', async () => {
    const created = await submit(w, null, { title: '夜班休息室没有空调', description: '夜班休息室夏天没有空调，大家只能在车间门口坐着休息。' });
    const secret = created.trackingSecret as string;
    expect(secret).toMatch(/^[2-9A-HJKMNP-TV-Z]{4}(-[2-9A-HJKMNP-TV-Z]{4}){3}$/);
    for (const typed of [secret, secret.toLowerCase(), secret.replace(/-/g, ''), ` ${secret.replace(/-/g, ' ')} `]) {
      const res = await track(created.code, typed);
      expect({ typed, status: res.status }).toEqual({ typed, status: 200 });
    }
    // and the answer on the tracking page takes it the same way (the request is not resolved: 422, not 404)
    const answer = await t.request('POST', `/api/track/${created.code}/feedback`, { body: { secret: secret.toLowerCase(), resolved: 'resolved', satisfaction: 'satisfied' } });
    expect(answer.status).toBe(422);
    expect((await track(created.code, `${secret}2`)).status).toBe(404);
  });

  it('keeps the case-sensitive secrets issued before working, exactly as they were given', async () => {
    const created = await submit(w, null, { title: '更衣室柜子锁坏了', description: '更衣室有十几个柜子的锁坏了，东西放着不放心。' });
    const old = randomBytes(18).toString('base64url');
    await db.query(`UPDATE request SET tracking_secret_hash = $2 WHERE id = $1`, [created.id, createHmac('sha256', APP_SECRET).update(`tracking:${old}`).digest('base64url')]);
    expect((await track(created.code, old)).status).toBe(200);
    const otherCase = old.replace(/[a-z]/, (c) => c.toUpperCase()).replace(/[A-Z]/, (c) => c.toLowerCase());
    if (otherCase !== old) expect((await track(created.code, otherCase)).status).toBe(404);
    expect((await track(created.code, created.trackingSecret as string)).status).toBe(404);
  });
});
