// The demo story's imported roster (issue 15): imported by the admin through the API's own import, audited, its people
// signing in by phone and changing the password first, and the same roster imported again changing nothing.
import { DataSource } from 'typeorm';
import { DEMO_ROSTER } from '../src/database/seed/demo-roster';
import { writeRosterWorkbook } from '../src/modules/identity/roster/roster-workbook';
import { postRoster } from './support/roster';
import { DEMO_PASSWORD, signIn } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('the demo roster (real PostgreSQL, the full demo seed)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_REQUESTS: 'true' });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('was imported by the admin: two new units, every unit with its code, 26 people by phone, one audit entry', async () => {
    const units: { name: string; code: string | null; parent: string | null }[] = await db.query(
      `SELECT u.name, u.code, p.name AS parent FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id ORDER BY u.code`,
    );
    expect(units).toHaveLength(11);
    expect(units.every((unit) => unit.code)).toBe(true);
    expect(units).toContainEqual({ name: '临港冷链物流有限公司工会', code: 'JH-LG-004', parent: '临港镇总工会' });
    const [{ people }] = await db.query(`SELECT count(*)::int AS people FROM app_user WHERE phone IS NOT NULL AND must_change_password`);
    expect(people).toBe(26);
    const audit = await db.query(`SELECT a.after, u.username FROM audit_log a JOIN app_user u ON u.id = a.actor_id WHERE a.action = 'roster.import'`);
    expect(audit).toEqual([
      { username: 'admin', after: expect.objectContaining({ units: { created: 2, updated: 9, unchanged: 0 }, users: { created: 26, updated: 0, unchanged: 0 } }) },
    ]);
  });

  it('lets an imported person sign in by phone with the demo password, to change it first', async () => {
    const res = await t.request('POST', '/api/auth/login', { body: { username: '138 0000 1901', password: DEMO_PASSWORD } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ displayName: '袁志刚', mustChangePassword: true, roles: [{ role: 'cadre', unitName: '滨江智能制造产业园联合工会' }] });
  });

  it('changes nothing when the admin imports the same roster again', async () => {
    const admin = await signIn(t, 'admin');
    const again = await postRoster(t, admin.token, await writeRosterWorkbook(DEMO_ROSTER), { dryRun: false });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ problems: [], units: { created: 0, updated: 0, unchanged: 11 }, users: { created: 0, updated: 0, unchanged: 26 } });
  });
});
