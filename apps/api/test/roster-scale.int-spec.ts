// How long a roster of 10,000 people takes (issue 15, B2: "10,000 rows in under a minute"). A benchmark, not a timed
// assertion: the figures are printed; what is asserted is that every row was imported and a second run changes nothing.
import { DataSource } from 'typeorm';
import { postRoster, rosterWorkbook, UNIT_HEADER, USER_HEADER, type Cell } from './support/roster';
import { testWorld, tokenOf, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const PEOPLE = 10_000;
const UNITS = 100;

describe('roster import at scale', () => {
  let t: TestApp;
  let w: TestWorld;

  beforeAll(async () => {
    t = await createTestApp();
    w = await testWorld(t);
  });
  afterAll(async () => {
    await t.close();
  });

  it(`imports ${PEOPLE} people into ${UNITS} new units, then re-imports them with no change`, async () => {
    const units: Cell[][] = [UNIT_HEADER];
    for (let u = 0; u < UNITS; u++) units.push([`规模测试第${u + 1}工会`, `SCALE-${u + 1}`, u % 2 ? '滨江街道总工会' : '临港镇总工会', '基层工会']);
    const users: Cell[][] = [USER_HEADER];
    for (let p = 0; p < PEOPLE; p++)
      users.push([`职工${p + 1}`, `1860000${String(p).padStart(4, '0')}`, `SCALE-${(p % UNITS) + 1}`, p % 50 === 0 ? '职工、工会干部' : '职工', null]);
    const bytes = await rosterWorkbook({ units, users });
    const admin = tokenOf(w, 'admin');

    const timed = async (dryRun: boolean) => {
      const started = performance.now();
      const res = await postRoster(t, admin, bytes, { dryRun });
      return { res, seconds: (performance.now() - started) / 1000 };
    };
    const dry = await timed(true);
    const first = await timed(false);
    const second = await timed(false);

    const line = (what: string, run: { seconds: number }) => `  ${what.padEnd(34)} ${run.seconds.toFixed(1).padStart(6)} s`;
    console.log(
      [
        `roster import, ${PEOPLE} people in ${UNITS} units (${(bytes.length / 1024).toFixed(0)} KB .xlsx):`,
        line('dry run', dry),
        line('import (all new)', first),
        line('import again (nothing changes)', second),
      ].join('\n'),
    );

    expect(dry.res.body.problems).toEqual([]);
    expect(first.res.status).toBe(200);
    expect(first.res.body).toMatchObject({ units: { created: UNITS }, users: { created: PEOPLE } });
    expect(first.res.body.credentials).toHaveLength(PEOPLE);
    expect(second.res.body).toMatchObject({ units: { created: 0, updated: 0, unchanged: UNITS }, users: { created: 0, updated: 0, unchanged: PEOPLE } });
    const [{ count }] = await t.app.get(DataSource).query(`SELECT count(*)::int AS count FROM app_user WHERE phone LIKE '1860000%'`);
    expect(count).toBe(PEOPLE);
  });
});
