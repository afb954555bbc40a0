// The dashboard as a union office reads it on its first days: on the 1st of a month the figures are last month's, set
// beside the month before (issue 15, defect 4), and 高频词 are words a person would say, not segmentation fragments
// (defect 6). Requests are made through the API; their submission days are set by SQL, the clock (CLOCK=database)
// is put on 1 April 2025, 10:00 China time.
import { DataSource } from 'typeorm';
import { CLOCK_OFFSET_SETTING } from '../src/platform/clock/database-clock';
import { submit } from './support/factories';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const TODAY = new Date('2025-04-01T10:00:00+08:00');

describe('the dashboard on the 1st of a month (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;

  const get = (path: string, who = 'leader') => t.request('GET', path, { token: w.tokens[who] });

  /** A request submitted at `at` (China time), left waiting (so it counts in the backlog of its period). */
  async function submittedAt(at: string, text: { title: string; description: string }): Promise<string> {
    const { id } = await submit(w, 'worker', text);
    await db.query(`UPDATE request SET submitted_at = $2, response_due_at = '2099-01-01' WHERE id = $1`, [id, at]);
    return id;
  }

  beforeAll(async () => {
    t = await createTestApp({ CLOCK: 'database' });
    db = t.app.get(DataSource);
    w = await testWorld(t);
    await db.query(`INSERT INTO app_setting (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [
      CLOCK_OFFSET_SETTING,
      JSON.stringify(TODAY.getTime() - Date.now()),
    ]);
    // February: 2 requests; March: 5, three about the canteen's water dispenser (the walk-through's words); 1 April: 1.
    const water = [
      { title: '食堂饮水机坏了', description: '食堂饮水机坏了一个多月，十名职工只能去外面买水喝。' },
      { title: '饮水机一个多月没人修', description: '二楼饮水机坏了一个多月，只能自己带水，十名职工意见很大。' },
      { title: '饮水机漏水', description: '车间饮水机漏水一个多月了，地面湿滑，只能拿拖把拖。' },
    ];
    for (const [i, text] of water.entries()) await submittedAt(`2025-03-0${i + 3}T09:00:00+08:00`, text);
    await submittedAt('2025-03-20T09:00:00+08:00', { title: '夜班没有班车', description: '夜班下班后没有班车，只能打车回宿舍。' });
    await submittedAt('2025-03-31T23:30:00+08:00', { title: '宿舍没有热水', description: '宿舍晚上十点以后没有热水。' });
    await submittedAt('2025-02-10T09:00:00+08:00', { title: '加班费算错了', description: '周末加班的加班费只按平时算。' });
    await submittedAt('2025-02-27T09:00:00+08:00', { title: '工资条看不懂', description: '工资条上多了一项扣款。' });
    await submittedAt('2025-04-01T08:00:00+08:00', { title: '今天早上的诉求', description: '车间里的安全帽开裂了，需要更换。' });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('defect 4: the default period is the last full month, compared with the month before', () => {
    it('without from/to the summary is March (not the morning of 1 April), beside February', async () => {
      const res = await get('/api/dashboard/summary');
      expect(res.status).toBe(200);
      expect({ from: res.body.from, to: res.body.to }).toEqual({ from: '2025-03-01', to: '2025-03-31' });
      expect(res.body.figures.backlog).toBe(5);
      expect(res.body.previous).toMatchObject({ from: '2025-02-01', to: '2025-02-28' });
      expect(res.body.previous.figures.backlog).toBe(2);
    });

    it('breakdowns and hotspots default to the same month', async () => {
      const breakdown = await get('/api/dashboard/breakdown?by=month');
      expect(breakdown.body).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
      expect(breakdown.body.rows.map((row: { key: string }) => row.key)).toEqual(['2025-03']);
      expect((await get('/api/dashboard/hotspots')).body).toMatchObject({ from: '2025-03-01', to: '2025-03-31' });
    });

    it('an explicit period keeps its own comparison: a month so far against the same days of the month before', async () => {
      const res = await get('/api/dashboard/summary?from=2025-04-01&to=2025-04-01');
      expect(res.body.figures.backlog).toBe(1);
      expect(res.body.previous).toMatchObject({ from: '2025-03-01', to: '2025-03-01' });
      const quarter = await get('/api/dashboard/summary?from=2025-02-01&to=2025-03-31');
      expect(quarter.body.previous).toMatchObject({ from: '2024-12-01', to: '2025-01-31' });
    });
  });

  describe('defect 6: 高频词 are whole words a person would say', () => {
    it('counts 饮水机 once per request and none of the fragments 一个多, 多月, 水机, 十名, 只能', async () => {
      const res = await get('/api/dashboard/hotspots?from=2025-03-01&to=2025-03-31');
      expect(res.status).toBe(200);
      const terms = new Map<string, number>(res.body.terms.map((term: { term: string; count: number }) => [term.term, term.count]));
      expect(terms.get('饮水机')).toBe(3);
      for (const fragment of ['一个多', '多月', '一个多月', '水机', '饮水', '十名', '只能', '职工'])
        expect({ fragment, counted: terms.has(fragment) }).toEqual({ fragment, counted: false });
      // a word in one request only is not frequent
      expect(terms.has('班车')).toBe(false);
      expect([...terms.values()].every((count) => count >= 2)).toBe(true);
    });

    it('works each request out once: terms are stored, and a later call reads them', async () => {
      const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM request_hotspot_terms`);
      expect(n).toBe(5);
      await get('/api/dashboard/hotspots?from=2025-02-01&to=2025-04-01');
      const [{ n: after }] = await db.query(`SELECT count(*)::int AS n FROM request_hotspot_terms`);
      expect(after).toBe(8);
    });
  });
});
