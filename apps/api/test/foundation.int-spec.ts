import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { MIGRATIONS } from '../src/database/migrations';
import { createTestApp, type TestApp } from './test-app';

describe('foundation (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports the database as up on /api/health', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info.database.status).toBe('up');
  });

  it('is live, and ready with every check named on /api/health/ready', async () => {
    const live = await t.request('GET', '/api/health/live');
    expect(live.status).toBe(200);
    expect(live.body).toEqual({ status: 'ok' });
    const ready = await t.request('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({
      status: 'ok',
      info: { database: { status: 'up' }, migrations: { status: 'up' }, jobs: { status: 'up', message: 'off (JOBS=off)' }, uploads: { status: 'up' } },
      error: {},
      details: expect.any(Object),
    });
  });

  it('is not ready, and says why, when upload storage cannot be written', async () => {
    const uploads = join(t.dataDir, 'uploads');
    await rm(uploads, { recursive: true, force: true });
    await writeFile(uploads, 'a file where the uploads folder should be');
    try {
      const res = await t.request('GET', '/api/health/ready');
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ status: 'error', code: 'NOT_READY', message: 'not ready: uploads', error: { uploads: { status: 'down' } } });
      expect(res.body.info.database).toEqual({ status: 'up' });
      expect((await t.request('GET', '/api/health/live')).status).toBe(200);
    } finally {
      await rm(uploads, { force: true });
    }
  });

  it('checks the database through its own connection: a starved request pool does not make it look down', async () => {
    const db = t.app.get(DataSource);
    const release: (() => void)[] = [];
    const held = Array.from({ length: 20 }, () => db.transaction(() => new Promise<void>((resolve) => release.push(resolve))));
    try {
      // every pool connection taken (the transactions start as the pool opens connections)
      while (release.length < 20) await new Promise((resolve) => setTimeout(resolve, 20));
      const res = await t.request('GET', '/api/health/ready');
      expect(res.status).toBe(200);
    } finally {
      release.forEach((done) => done());
      await Promise.all(held);
    }
  });

  it('has applied every migration, in order', async () => {
    const rows: { name: string }[] = await t.app.get(DataSource).query('SELECT name FROM schema_migration ORDER BY id');
    expect(rows.map((row) => row.name)).toEqual(MIGRATIONS.map((migration) => migration.name));
  });

  it('answers unknown API paths with a JSON 404 and no stack', async () => {
    const res = await t.request('GET', '/api/does-not-exist');
    expect(res.status).toBe(404);
    expect(res.body).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
  });

  it('refuses malformed JSON with 400 {code, message}', async () => {
    const res = await t.request('POST', '/api/auth/login', { raw: '{"username": ', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(typeof res.body.code).toBe('string');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('serves the guiding article without login', async () => {
    const res = await t.request('GET', '/api/guide');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ title: '坚守“四心” 增强“四力”', author: '季冰冰', unit: '南通市通州区总工会', date: '2021-09-27' });
    expect(res.body.sections).toHaveLength(4);
  });

  it('publishes the OpenAPI document', async () => {
    const res = await t.request('GET', '/api/docs-json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\./);
    expect(Object.keys(res.body.paths)).toContain('/api/health');
  });
});
