// 全总汇总 with three PostgreSQL clusters of its own: two regions (wal_level=logical) running the real API with real
// submissions, actions and answers, and a federation subscribing to both (tools/federation.mjs's publish and
// add-region, as functions). The federation's figures are the sum of the regions' own; a region stopped and started
// again catches up; nothing personal is readable anywhere on the federation's region databases.
import type { DashboardBreakdown, DashboardFigures, DashboardHotspots, DashboardSummary, FederationDetail, FederationSummary, FederationUnits } from '@banshishi/contracts';
import { PUBLISHED_TABLES, addRegion, publishRegion, regionDatabase, regionSubscription, removeRegion } from '../src/modules/federation/federation-admin';
import { chinaDay, inStatus, newProject } from './support/factories';
import { caughtUp, clusterSet, inDatabase, query, type Cluster, type ClusterSet } from './support/federation-clusters';
import { bodyOf } from './support/http';
import { newUser, testWorld, tokenOf, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const REQUESTER = { username: 'fedworker', displayName: '冯晓梅' };
const PHONE = '13912345678';
const TEXT = '三号车间的更衣柜门锁坏了半年没人修';

interface Region {
  code: string;
  name: string;
  cluster: Cluster;
  app: TestApp;
  w: TestWorld;
  subscriberUrl: string;
}

const RATIOS = [
  'responseRate',
  'onTimeResolutionRate',
  'resolutionRate',
  'partlyRate',
  'satisfactionRate',
  'satisfiedOnlyRate',
  'participationRate',
  'overdueRate',
  'reopenRate',
] as const;

let clusters: ClusterSet;
let federationCluster: Cluster;
let federation: TestApp;
let leaderToken: string;
const regions: Region[] = [];
const today = chinaDay();
const period = `from=${today}&to=${today}`;

/** Requests by the test's requester (their name, phone and text are what must not cross), in `statuses`. */
async function requests(w: TestWorld, statuses: Parameters<typeof inStatus>[1][]): Promise<void> {
  for (const status of statuses) {
    await inStatus(w, status, { from: REQUESTER.username, request: { title: `${TEXT}（${status}）`, description: `${TEXT}，请联系${REQUESTER.displayName}`, contact: PHONE } });
  }
}

async function regionSummary(region: Region): Promise<DashboardSummary> {
  return bodyOf(await region.app.request('GET', `/api/dashboard/summary?${period}`, { token: tokenOf(region.w, 'leader') }), 200, 'region summary');
}

async function federationSummary(): Promise<FederationSummary> {
  return bodyOf(await federation.request('GET', `/api/federation/summary?${period}`, { token: leaderToken }), 200, 'federation summary');
}

const noDrop = { drop: async () => undefined };

async function startRegion(cluster: Cluster, code: string, name: string): Promise<Region> {
  const app = await createTestApp({ FEDERATION_ROLE: 'region', LOG_LEVEL: 'error' }, undefined, { database: { url: cluster.url, ...noDrop } });
  const w = await testWorld(app);
  await newUser(w, { username: REQUESTER.username, role: 'worker', unit: '江海精密机械有限公司工会', displayName: REQUESTER.displayName });
  return { code, name, cluster, app, w, subscriberUrl: '' };
}

beforeAll(async () => {
  clusters = clusterSet();
  try {
    const suffix = Math.random().toString(36).slice(2, 6);
    // one cluster migrated and seeded by the app, then copied: the three start from the same files (one migration)
    const template = await clusters.add('template', []);
    await (await createTestApp({}, undefined, { database: { url: template.url, ...noDrop } })).close();
    await template.stop();
    const [gdCluster, jsCluster] = await Promise.all([clusters.add('gd', ['wal_level=logical'], template), clusters.add('js', ['wal_level=logical'], template)]);
    federationCluster = await clusters.add('federation', [], template);
    const [gd, js, fed] = await Promise.all([
      startRegion(gdCluster, `gd_${suffix}`, '广东'),
      startRegion(jsCluster, `js_${suffix}`, '江苏'),
      (async () => {
        federation = await createTestApp({ FEDERATION_ROLE: 'federation', LOG_LEVEL: 'error' }, undefined, { database: { url: federationCluster.url, ...noDrop } });
        return testWorld(federation);
      })(),
    ]);
    regions.push(gd, js);
    leaderToken = tokenOf(fed, 'leader');
    // the regions' own work: answered, resolved, accepted, new; a 实事项目 in one
    await Promise.all([requests(gd.w, ['closed', 'closed', 'resolved', 'accepted', 'submitted']), requests(js.w, ['closed', 'resolved', 'in_progress'])]);
    await newProject(gd.w, 'cadre', { title: '更衣柜专项整改项目' });
    for (const region of regions) {
      region.subscriberUrl = (await publishRegion(region.cluster.url)).subscriberUrl;
      await addRegion(federationCluster.url, { code: region.code, name: region.name, url: region.subscriberUrl, publicUrl: region.app.baseUrl });
    }
    for (const region of regions) await caughtUp(region.cluster.url, inDatabase(federationCluster.url, regionDatabase(region.code)), regionSubscription(region.code));
  } catch (error) {
    await stopAll();
    throw error;
  }
}, 180_000);

let stopped = false;
async function stopAll(): Promise<void> {
  if (stopped) return;
  stopped = true;
  await Promise.all([federation, ...regions.map((region) => region.app)].map((app) => app?.close().catch(() => undefined)));
  await clusters.stopAll();
}

afterAll(stopAll, 60_000);

const ratioParts = (figures: DashboardFigures) => Object.fromEntries(RATIOS.map((name) => [name, [figures[name].numerator, figures[name].denominator]]));

describe('全总汇总 over two regions by logical replication', () => {
  it("shows each region's own figures and their sum, with the counts the test made by hand", async () => {
    const summary = await federationSummary();
    expect(summary.regions.map((region) => region.code).sort()).toEqual(regions.map((region) => region.code).sort());
    const own = await Promise.all(regions.map(regionSummary));
    regions.forEach((region, i) => {
      const row = summary.regions.find((found) => found.code === region.code)!;
      expect(row.figures).toEqual(own[i].figures);
      expect(row).toMatchObject({ name: region.name, publicUrl: region.app.baseUrl, stale: false, removed: false });
      expect(row.dataAsOf).not.toBeNull();
    });
    // the sum, part by part, equals the regions' parts added
    for (const name of RATIOS) {
      expect([summary.figures[name].numerator, summary.figures[name].denominator]).toEqual([
        own[0].figures[name].numerator + own[1].figures[name].numerator,
        own[0].figures[name].denominator + own[1].figures[name].denominator,
      ]);
    }
    // by hand: 3 answered (closed, all 满意 and 解决), 2 + 1 still open, 5 + 3 submitted (+1 in the project's request)
    expect(summary.figures.satisfactionRate).toMatchObject({ numerator: 3, denominator: 3 });
    expect(summary.figures.resolutionRate).toMatchObject({ numerator: 3, denominator: 3 });
    expect(summary.figures.participationRate).toMatchObject({ numerator: 3, denominator: 5 }); // closed 3 of resolved-or-closed 5
    expect(summary.figures.backlog).toBe(2 + 1 + 1); // accepted, submitted; in_progress; the project's accepted request (in_project)
    expect(summary.figures.medianResponseHours.sampleSize).toBe(own[0].figures.medianResponseHours.sampleSize + own[1].figures.medianResponseHours.sampleSize);
  });

  it("sums the regions' own trends and categories, and lists their own hotspot clusters with their counts", async () => {
    const detail: FederationDetail = bodyOf(await federation.request('GET', `/api/federation/detail?${period}`, { token: leaderToken }), 200, 'detail');
    const own = async (region: Region, path: string) => bodyOf(await region.app.request('GET', `${path}&${period}`, { token: tokenOf(region.w, 'leader') }), 200, path);
    const [months, categories, hotspots] = await Promise.all(
      ['/api/dashboard/breakdown?by=month', '/api/dashboard/breakdown?by=category', '/api/dashboard/hotspots?limit=20'].map((path) =>
        Promise.all(regions.map((region) => own(region, path))),
      ),
    );
    // a category is matched across regions by its code (the region's own rows are keyed by its own ids)
    const codes = await Promise.all(
      regions.map(async (region) => new Map((await query<{ id: string; code: string }>(region.cluster.url, `SELECT id, code FROM category`)).map((row) => [row.id, row.code]))),
    );
    const summed = (rows: DashboardBreakdown[], keyOf: (key: string, region: number) => string) => {
      const sums = new Map<string, Record<string, number[]>>();
      rows.forEach((breakdown, i) =>
        breakdown.rows.forEach((row) => {
          const key = keyOf(row.key, i);
          const parts = ratioParts(row.figures) as Record<string, number[]>;
          const sum = sums.get(key);
          sums.set(key, sum ? Object.fromEntries(RATIOS.map((name) => [name, [sum[name][0] + parts[name][0], sum[name][1] + parts[name][1]]])) : parts);
        }),
      );
      return Object.fromEntries(sums);
    };
    const mine = (rows: FederationDetail['months']) => Object.fromEntries(rows.map((row) => [row.key, ratioParts(row.figures)]));
    expect(detail.months.map((row) => row.key)).toEqual([today.slice(0, 7)]);
    expect(mine(detail.months)).toEqual(summed(months, (key) => key));
    expect(mine(detail.categories)).toEqual(summed(categories, (key, i) => codes[i].get(key)!));
    expect(detail.months[0].figures.backlog).toBe(months[0].rows[0].figures.backlog + months[1].rows[0].figures.backlog);
    expect(detail.categories.length).toBeGreaterThan(0);
    expect(detail.categories.every((row) => row.label && row.labelEn)).toBe(true);
    // both regions' requests are in one category: one row over both, not one per region's id
    expect(detail.categories.length).toBeLessThan(categories[0].rows.length + categories[1].rows.length);
    // hotspot clusters: each region's own, with its counts, named by region (no terms: they stay at home)
    const theirs = hotspots.flatMap((own: DashboardHotspots, i) =>
      own.clusters.map((cluster) => ({ region: regions[i].code, unitName: cluster.unitName, categoryName: cluster.categoryName, month: cluster.month, count: cluster.count })),
    );
    expect(theirs.length).toBeGreaterThan(0);
    const ours = detail.hotspots.map((cluster) => ({
      region: cluster.regionCode,
      unitName: cluster.unitName,
      categoryName: cluster.categoryName,
      month: cluster.month,
      count: cluster.count,
    }));
    const order = (list: typeof ours) => [...list].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    expect(order(ours)).toEqual(order(theirs));
    expect(detail.hotspots.map((cluster) => cluster.count)).toEqual([...detail.hotspots.map((cluster) => cluster.count)].sort((a, b) => b - a));
    expect(detail.hotspots[0].publicUrl).toBe(regions.find((region) => region.code === detail.hotspots[0].regionCode)!.app.baseUrl);
    expect('terms' in detail).toBe(false);
    // the web shows 全总汇总 in the menu of a federation only
    expect(bodyOf(await federation.request('GET', '/api/site'), 200).federationRole).toBe('federation');
    expect(bodyOf(await regions[0].app.request('GET', '/api/site'), 200).federationRole).toBe('region');
  });

  it("ranks a region's units as the region's own dashboard does, and only leaders and admins see it", async () => {
    const [gd] = regions;
    const units: FederationUnits = bodyOf(await federation.request('GET', `/api/federation/regions/${gd.code}/units?${period}`, { token: leaderToken }), 200, 'units');
    const own = bodyOf(await gd.app.request('GET', `/api/dashboard/breakdown?by=unit&${period}`, { token: tokenOf(gd.w, 'leader') }), 200, 'breakdown');
    const mine = units.units.find((unit) => unit.name === '江海精密机械有限公司工会')!;
    const theirs = own.rows.find((row: { label: string }) => row.label === '江海精密机械有限公司工会');
    expect(mine.figures).toEqual(theirs.figures);
    expect(units.region.publicUrl).toBe(gd.app.baseUrl);
    const cadre = await federation.request('POST', '/api/auth/login', { body: { username: 'cadre', password: 'demo-pass-2026' } });
    expect((await federation.request('GET', `/api/federation/summary`, { token: bodyOf(cadre).accessToken })).status).toBe(403);
    expect((await federation.request('GET', `/api/federation/regions/${gd.code}/units`, { token: leaderToken })).status).toBe(200);
    expect(bodyOf(await federation.request('GET', `/api/federation/regions/nowhere/units`, { token: leaderToken }), 404).code).toBe('NOT_FOUND');
    expect(bodyOf(await federation.request('GET', `/api/federation/summary?from=2026-13-01`, { token: leaderToken }), 400).message).toMatch(/from/);
  });

  it('holds nothing personal: no requester name, phone or request text in any column of any table', async () => {
    const needles = [REQUESTER.displayName, PHONE, TEXT, '已协调企业解决'];
    for (const region of regions) {
      const url = inDatabase(federationCluster.url, regionDatabase(region.code));
      const tables = await query<{ table: string }>(url, `SELECT tablename AS table FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
      expect(tables.map((t) => t.table).sort()).toEqual(PUBLISHED_TABLES.map((t) => t.table).sort());
      let rows = 0;
      for (const { table } of tables) {
        const [found] = await query<Record<string, number>>(
          url,
          `SELECT count(*)::int AS rows, ${needles.map((_needle, i) => `count(*) FILTER (WHERE t::text LIKE $${i + 1})::int AS "${i}"`).join(', ')} FROM "${table}" t`,
          needles.map((needle) => `%${needle}%`),
        );
        rows += found.rows;
        expect({ table, ...Object.fromEntries(needles.map((needle, i) => [needle, found[i]])) }).toEqual({ table, ...Object.fromEntries(needles.map((needle) => [needle, 0])) });
      }
      expect(rows).toBeGreaterThan(0);
      // …while the region itself holds them (the scan would have found them)
      const [here] = await query<{ n: number }>(region.cluster.url, `SELECT count(*)::int AS n FROM request t WHERE t::text LIKE $1`, [`%${TEXT}%`]);
      expect(here.n).toBeGreaterThan(0);
    }
  });

  it('marks a region stopped as stale, and it catches up when it is back: its figures equal its own again', async () => {
    const js = regions[1];
    const before = (await federationSummary()).regions.find((row) => row.code === js.code)!;
    await js.cluster.stop();
    const deadline = Date.now() + 20_000;
    let stale = before;
    while (!stale.stale && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      stale = (await federationSummary()).regions.find((row) => row.code === js.code)!;
    }
    expect(stale).toMatchObject({ stale: true, removed: false, figures: before.figures }); // kept, not dropped
    expect(stale.dataAsOf).not.toBeNull();

    await js.cluster.start();
    // written as soon as the region is back, before its subscriber has reconnected
    await requests(js.w, ['closed', 'submitted']);
    await caughtUp(js.cluster.url, inDatabase(federationCluster.url, regionDatabase(js.code)), regionSubscription(js.code));
    const after = (await federationSummary()).regions.find((row) => row.code === js.code)!;
    const own = await regionSummary(js);
    expect(after.figures).toEqual(own.figures);
    expect(ratioParts(after.figures)).not.toEqual(ratioParts(before.figures));
    expect(after.figures.satisfactionRate.denominator).toBe(before.figures.satisfactionRate.denominator + 1);
    expect(after.stale).toBe(false);
  });

  it('keeps serving when its connections to the region databases are cut (a lost idle connection ends no process)', async () => {
    await federationSummary(); // the region pools hold idle connections now
    const cut = await query<{ cut: boolean }>(
      federationCluster.url,
      `SELECT pg_terminate_backend(pid) AS cut FROM pg_stat_activity WHERE application_name = 'banshishi-federation'`,
    );
    expect(cut.length).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((await federationSummary()).regions).toHaveLength(regions.length);
  });

  it('removing a region ends its subscription and keeps its history', async () => {
    const gd = regions[0];
    const before = (await federationSummary()).regions.find((row) => row.code === gd.code)!;
    await removeRegion(federationCluster.url, gd.code);
    const url = inDatabase(federationCluster.url, regionDatabase(gd.code));
    expect(await query(url, `SELECT 1 FROM pg_subscription WHERE subname = $1`, [regionSubscription(gd.code)])).toEqual([]);
    expect(await query(gd.cluster.url, `SELECT 1 FROM pg_replication_slots WHERE slot_name = $1`, [regionSubscription(gd.code)])).toEqual([]);
    const after = (await federationSummary()).regions.find((row) => row.code === gd.code)!;
    expect(after).toMatchObject({ removed: true, stale: true, figures: before.figures });
  });
});
