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
