// `GET /api/units/:id/handlers` over real HTTP: the active cadres covering a unit, scoped like every unit read.
import type { OrgUnitNode, UnitHandler } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { loadDemoWorld } from './demo-world';
import { createTestApp, type TestApp } from './test-app';

describe('unit handlers (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const units = new Map<string, OrgUnitNode>();
  const unitId = (name: string) => units.get(name)?.id as string;
  const handlers = (name: string, who: string) => t.request('GET', `/api/units/${unitId(name)}/handlers`, { token: tokens[who] });

  beforeAll(async () => {
    t = await createTestApp();
    await loadDemoWorld(t, { tokens, units });
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
