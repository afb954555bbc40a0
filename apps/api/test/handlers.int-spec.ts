// `GET /api/units/:id/handlers` over real HTTP: the active cadres covering a unit, scoped like every unit read.
import type { UnitHandler } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { testWorld, unitByName, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('unit handlers (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  const handlers = (name: string, who: string) => t.request('GET', `/api/units/${unitByName(w, name).id}/handlers`, { token: w.tokens[who] });

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it("lists the cadres whose grant covers a grassroots unit, the town's cadre included", async () => {
    const res = await handlers('江海精密机械有限公司工会', 'cadre');
    expect(res.status).toBe(200);
    expect((res.body as UnitHandler[]).map((h) => h.displayName)).toEqual(['李敏']);
    expect(Object.keys(res.body[0]).sort()).toEqual(['displayName', 'id']);
  });

  it('lets a leader over the unit see them too', async () => {
    const res = await handlers('临港纺织集团工会', 'leader');
    expect(res.status).toBe(200);
    expect((res.body as UnitHandler[]).map((h) => h.displayName)).toEqual(['陈涛']);
  });

  it('answers 404 for a unit outside the caller’s scope and 403 for a worker', async () => {
    expect((await handlers('临港纺织集团工会', 'cadre')).status).toBe(404);
    expect((await handlers('江海精密机械有限公司工会', 'worker')).status).toBe(403);
  });

  it('leaves out disabled accounts', async () => {
    const db = t.app.get(DataSource);
    await db.query(`UPDATE app_user SET disabled = true WHERE username = 'cadre2'`);
    const res = await handlers('临港纺织集团工会', 'leader');
    expect(res.status).toBe(200);
    expect(res.body).toEqual([]);
    await db.query(`UPDATE app_user SET disabled = false WHERE username = 'cadre2'`);
  });
});
