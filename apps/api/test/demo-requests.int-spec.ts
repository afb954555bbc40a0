// The demo requests seeded on an empty database: about 300 over six months, every category and 基层工会, indexed.
import { DataSource } from 'typeorm';
import { chinaDay } from './support/factories';
import { signIn } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('demo requests (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ SEED_DEMO_REQUESTS: 'true' });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('spreads 300 requests over the last 180 days, all categories and all six 基层工会', async () => {
    const [row] = await db.query(`
      SELECT count(*)::int AS n, count(DISTINCT category_id)::int AS categories, count(DISTINCT handling_unit_id)::int AS units,
             count(DISTINCT code)::int AS codes, count(*) FILTER (WHERE search_terms IS NULL OR search_terms = '')::int AS unindexed,
             count(*) FILTER (WHERE NOT anonymous)::int AS named, min(submitted_at) > now() - interval '181 days' AS recent,
             count(*) FILTER (WHERE response_due_at <= submitted_at)::int AS bad_clocks
        FROM request`);
    expect(row).toMatchObject({ n: 300, categories: 12, units: 6, codes: 300, unindexed: 0, recent: true, bad_clocks: 0 });
    expect(row.named).toBeGreaterThan(0);
  });

  it('accepts older ones through the workflow, by the cadre of their town, with the clocks the API would start', async () => {
    const rows = await db.query(`
      SELECT r.accepted_at, r.responded_at, r.resolution_due_at > r.accepted_at AS clock_ok, u.username, e.at > r.submitted_at AS after_submit
        FROM request r JOIN request_event e ON e.request_id = r.id AND e.action = 'accept' LEFT JOIN app_user u ON u.id = e.actor_id`);
    expect(rows.length).toBeGreaterThan(100);
    expect(rows.every((r: { username: string; after_submit: boolean; clock_ok: boolean }) => ['cadre', 'cadre2'].includes(r.username) && r.after_submit && r.clock_ok)).toBe(true);
    const [{ n }] = await db.query(`SELECT count(*)::int AS n FROM request r WHERE NOT EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = r.id AND e.action = 'submit')`);
    expect(n).toBe(0);
    const [{ unanswered }] = await db.query(`SELECT count(*)::int AS unanswered FROM request WHERE status <> 'submitted' AND status <> 'withdrawn' AND responded_at IS NULL`);
    expect(unanswered).toBe(0);
  });

  it('includes requests a cadre took in person (代为登记): each channel, taken by the town cadre, some with a name', async () => {
    const rows: { channel: string; n: number; named: number; well_formed: number }[] = await db.query(`
      SELECT r.channel, count(*)::int AS n, count(*) FILTER (WHERE r.requester_name IS NOT NULL AND NOT r.anonymous)::int AS named,
             count(*) FILTER (WHERE r.heard_on = figure_day(r.submitted_at) AND u.username IN ('cadre', 'cadre2') AND r.requester_id IS NULL
                                AND e.actor_id = r.taken_by_id AND e.payload->>'channel' = r.channel)::int AS well_formed
        FROM request r JOIN request_event e ON e.request_id = r.id AND e.action = 'submit' LEFT JOIN app_user u ON u.id = r.taken_by_id
       WHERE r.channel <> 'online' GROUP BY r.channel`);
    expect(rows.map((row) => row.channel).sort()).toEqual(['forum', 'letter', 'phone', 'visit', 'walk_in']);
    const total = rows.reduce((sum, row) => sum + row.n, 0);
    expect(total).toBeGreaterThanOrEqual(20);
    expect(total).toBeLessThanOrEqual(80);
    expect(rows.every((row) => row.well_formed === row.n)).toBe(true);
    expect(rows.reduce((sum, row) => sum + row.named, 0)).toBeGreaterThan(0);
  });

  it('shows them to the cadre of town 1 only for town 1', async () => {
    const { token } = await signIn(t, 'cadre');
    const list = await t.request('GET', '/api/requests?limit=100', { token });
    expect(list.status).toBe(200);
    expect(list.body.items.length).toBe(100);
    expect(new Set(list.body.items.map((i: { handlingUnitName: string }) => i.handlingUnitName))).toEqual(
      new Set(['江海精密机械有限公司工会', '滨江物流园联合工会', '江海区第一人民医院工会']),
    );
  });

  describe('the demo story (triage, handling and five 实事项目)', () => {
    it('stores every answer the story gives, so the 评估问效 figures have something true to count', async () => {
      const [{ events, answers, mismatched }] = await db.query(`
        SELECT (SELECT count(*)::int FROM request_event WHERE action IN ('feedback', 'return_visit')) AS events,
               (SELECT count(*)::int FROM request_answer) AS answers,
               (SELECT count(*)::int FROM request_answer a JOIN request_event e
                   ON e.request_id = a.request_id AND e.at = a.answered_at AND e.action = a.source
                 WHERE e.payload->>'satisfaction' <> a.satisfaction OR e.payload->>'resolved' <> a.resolved) AS mismatched`);
      expect(answers).toBeGreaterThan(20);
      expect(answers).toBe(events);
      expect(mismatched).toBe(0);
    });

    it('has requests in every stage of their life', async () => {
      const rows: { status: string; n: number }[] = await db.query(`SELECT status, count(*)::int AS n FROM request GROUP BY status`);
      const counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
      for (const status of ['submitted', 'accepted', 'in_progress', 'in_project', 'resolved', 'closed', 'rejected', 'merged', 'withdrawn']) {
        expect({ status, n: counts[status] ?? 0 }).toEqual({ status, n: expect.any(Number) });
        expect(counts[status] ?? 0).toBeGreaterThan(0);
      }
      expect(counts.rejected).toBeGreaterThanOrEqual(8);
      expect(counts.merged).toBeGreaterThanOrEqual(10);
      expect(counts.withdrawn).toBeGreaterThanOrEqual(2);
      expect(counts.withdrawn).toBeLessThanOrEqual(3);
      const [{ transferred }] = await db.query(`SELECT count(DISTINCT request_id)::int AS transferred FROM request_event WHERE action = 'transfer'`);
      expect(transferred).toBeGreaterThanOrEqual(8);
    });

    it('keeps every status equal to its last status-changing event and every version at one per event', async () => {
      const bad = await db.query(`
        SELECT r.code, r.status, r.version, last.to_status, counted.n
          FROM request r
          JOIN LATERAL (SELECT e.to_status FROM request_event e WHERE e.request_id = r.id AND e.action NOT IN ('note', 'supervise')
                         ORDER BY e.at DESC, e.id DESC LIMIT 1) last ON true
          JOIN LATERAL (SELECT count(*)::int AS n FROM request_event e WHERE e.request_id = r.id) counted ON true
         WHERE r.status <> last.to_status OR r.version <> counted.n`);
      expect(bad).toEqual([]);
      // every event after the submission, in order, and none in the future; each chain of from/to statuses unbroken
      const [{ broken }] = await db.query(`
        SELECT count(*)::int AS broken FROM (
          SELECT e.from_status, e.at, r.submitted_at,
                 lag(e.to_status) OVER (PARTITION BY e.request_id ORDER BY e.at, e.id) AS previous
            FROM request_event e JOIN request r ON r.id = e.request_id) x
         WHERE at < submitted_at OR at > now() OR (previous IS NOT NULL AND from_status IS DISTINCT FROM previous)`);
      expect(broken).toBe(0);
    });

    it('records what each action moves, as the API does', async () => {
      const [row] = await db.query(`
        SELECT count(*) FILTER (WHERE status = 'merged' AND merged_into_id IS NULL)::int AS merged_without_target,
               count(*) FILTER (WHERE status = 'in_progress' AND handler_id IS NULL)::int AS unassigned,
               count(*) FILTER (WHERE status IN ('resolved', 'closed') AND resolved_at IS NULL)::int AS resolved_without_time,
               count(*) FILTER (WHERE status = 'closed' AND closed_at IS NULL)::int AS closed_without_time,
               count(*) FILTER (WHERE status <> 'submitted' AND status <> 'withdrawn' AND responded_at IS NULL)::int AS unresponded,
               count(*) FILTER (WHERE handling_unit_id <> home_unit_id)::int AS transferred,
               count(*) FILTER (WHERE contacted_at IS NOT NULL)::int AS contacted
          FROM request`);
      expect(row).toMatchObject({ merged_without_target: 0, unassigned: 0, resolved_without_time: 0, closed_without_time: 0, unresponded: 0 });
      expect(row.transferred).toBeGreaterThan(0);
      expect(row.contacted).toBeGreaterThan(50);
      const [{ transfers_off }] = await db.query(`
        SELECT count(*)::int AS transfers_off FROM request r JOIN org_unit home ON home.id = r.home_unit_id JOIN org_unit hu ON hu.id = r.handling_unit_id
         WHERE r.handling_unit_id <> r.home_unit_id AND (hu.parent_id <> home.parent_id OR hu.kind <> 'grassroots')`);
      expect(transfers_off).toBe(0);
      // the API's visibility rules: 督办 internal; a note public only when it says so
      const [vis] = await db.query(`
        SELECT count(*) FILTER (WHERE action = 'supervise' AND public)::int AS public_supervise,
               count(*) FILTER (WHERE action = 'note' AND public <> COALESCE((payload->>'public')::boolean, false))::int AS notes_off,
               count(*) FILTER (WHERE action NOT IN ('note', 'supervise') AND NOT public)::int AS hidden_actions,
               count(*) FILTER (WHERE action = 'note' AND (payload->>'contacted')::boolean AND (payload->>'public')::boolean)::int AS contact_notes,
               count(*) FILTER (WHERE action = 'reject' AND coalesce(payload->>'reason', '') = '')::int AS reasonless_rejects,
               count(*) FILTER (WHERE action = 'transfer' AND coalesce(payload->>'reason', '') = '')::int AS reasonless_transfers
          FROM request_event`);
      expect(vis).toMatchObject({ public_supervise: 0, notes_off: 0, hidden_actions: 0, reasonless_rejects: 0, reasonless_transfers: 0 });
      expect(vis.contact_notes).toBeGreaterThan(50);
    });

    it('merges only into an earlier request of the same town and category that was still open', async () => {
      const rows = await db.query(`
        SELECT r.code, town.id = ttown.id AS same_town, r.category_id = t.category_id AS same_category, t.submitted_at < r.submitted_at AS earlier,
               (SELECT e.to_status FROM request_event e WHERE e.request_id = t.id AND e.action NOT IN ('note', 'supervise') AND e.at <= m.at
                 ORDER BY e.at DESC, e.id DESC LIMIT 1) AS target_status_then
          FROM request r
          JOIN request_event m ON m.request_id = r.id AND m.action = 'merge'
          JOIN request t ON t.id = r.merged_into_id
          JOIN org_unit hu ON hu.id = r.handling_unit_id JOIN org_unit town ON town.id = hu.parent_id
          JOIN org_unit thu ON thu.id = t.handling_unit_id JOIN org_unit ttown ON ttown.id = thu.parent_id
         WHERE r.status = 'merged'`);
      expect(rows.length).toBeGreaterThanOrEqual(10);
      for (const row of rows) {
        expect(row).toMatchObject({ same_town: true, same_category: true, earlier: true });
        expect(['submitted', 'accepted', 'in_progress', 'in_project']).toContain(row.target_status_then);
      }
    });

    it('leaves some requests overdue, and the leader chases a few of them (督办)', async () => {
      const [row] = await db.query(`
        SELECT count(*) FILTER (WHERE due_at < now())::int AS overdue,
               count(*) FILTER (WHERE due_at < now() AND status = 'in_progress')::int AS overdue_in_progress,
               (SELECT count(*)::int FROM request_event e JOIN app_user u ON u.id = e.actor_id WHERE e.action = 'supervise' AND u.username = 'leader') AS supervised,
               (SELECT count(*)::int FROM request_event e JOIN request r ON r.id = e.request_id WHERE e.action = 'supervise' AND (r.due_at IS NULL OR r.due_at > e.at)) AS supervised_not_overdue
          FROM request`);
      expect(row.overdue).toBeGreaterThanOrEqual(3);
      expect(row.overdue).toBeLessThanOrEqual(40);
      expect(row.overdue_in_progress).toBeGreaterThan(0);
      expect(row.supervised).toBeGreaterThanOrEqual(3);
      expect(row.supervised).toBeLessThanOrEqual(4);
      expect(row.supervised_not_overdue).toBe(0);
    });

    it('withdraws only the worker own real-name requests, by the worker', async () => {
      const rows = await db.query(`
        SELECT r.requester_id = e.actor_id AS by_requester, u.username
          FROM request r JOIN request_event e ON e.request_id = r.id AND e.action = 'withdraw' JOIN app_user u ON u.id = e.actor_id`);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      expect(rows.every((r: { by_requester: boolean; username: string }) => r.by_requester && r.username === 'worker')).toBe(true);
    });

    it('has five 实事项目, one per state, each linking 2–8 requests of its own town that follow it', async () => {
      const projects = await db.query(`
        SELECT p.id, p.code, p.status, p.version, p.budget, p.expected_beneficiaries, p.goal, p.plan, p.deadline, u.kind AS owner_kind, owner.username,
               (SELECT count(*)::int FROM project_event e WHERE e.project_id = p.id AND e.action <> 'create') AS transitions,
               (SELECT e.to_status FROM project_event e WHERE e.project_id = p.id ORDER BY e.at DESC, e.id DESC LIMIT 1) AS last_status,
               (SELECT count(*)::int FROM project_request pr WHERE pr.project_id = p.id) AS linked,
               (SELECT count(*)::int FROM project_request pr JOIN request r ON r.id = pr.request_id JOIN org_unit hu ON hu.id = r.handling_unit_id
                 WHERE pr.project_id = p.id AND hu.path NOT LIKE u.path || '%') AS out_of_scope,
               (SELECT array_agg(DISTINCT r.status) FROM project_request pr JOIN request r ON r.id = pr.request_id WHERE pr.project_id = p.id) AS request_statuses
          FROM project p JOIN org_unit u ON u.id = p.owner_unit_id JOIN app_user owner ON owner.id = p.owner_user_id
         ORDER BY p.code`);
      expect(projects.map((p: { status: string }) => p.status).sort()).toEqual(['approved', 'completed', 'draft', 'implementing', 'pending_approval']);
      expect(new Set(projects.map((p: { username: string }) => p.username))).toEqual(new Set(['cadre', 'cadre2']));
      for (const p of projects) {
        expect(p.code).toMatch(/^SS-\d{4}-\d{4,}$/);
        expect(p).toMatchObject({ owner_kind: 'town', out_of_scope: 0, last_status: p.status, version: 1 + p.transitions });
        expect(p.linked).toBeGreaterThanOrEqual(2);
        expect(p.linked).toBeLessThanOrEqual(8);
        expect(Number(p.budget)).toBeGreaterThan(0);
        expect(p.expected_beneficiaries).toBeGreaterThan(0);
        expect(p.request_statuses).toEqual(p.status === 'completed' ? ['resolved'] : ['in_project']);
      }
      const [{ links_without_event }] = await db.query(`
        SELECT count(*)::int AS links_without_event FROM project_request pr
         WHERE NOT EXISTS (SELECT 1 FROM request_event e WHERE e.request_id = pr.request_id AND e.action = 'link_project' AND e.payload->>'projectId' = pr.project_id::text)`);
      expect(links_without_event).toBe(0);
      const [{ system_resolves }] = await db.query(`
        SELECT count(*)::int AS system_resolves FROM request_event e JOIN project_request pr ON pr.request_id = e.request_id JOIN project p ON p.id = pr.project_id
         WHERE e.action = 'resolve' AND e.actor_id IS NULL AND p.status = 'completed'`);
      expect(system_resolves).toBe(projects.find((p: { status: string }) => p.status === 'completed').linked);
      const publicList = await t.request('GET', '/api/public/projects');
      expect(publicList.status).toBe(200);
      expect(publicList.body.items ?? publicList.body).toHaveLength(3);
    });

    it('keeps all of it inside the demo units', async () => {
      const [row] = await db.query(`
        SELECT (SELECT count(*)::int FROM org_unit) AS units,
               (SELECT count(*)::int FROM request WHERE home_unit_id NOT IN (SELECT id FROM org_unit WHERE kind = 'grassroots')
                                                    OR handling_unit_id NOT IN (SELECT id FROM org_unit WHERE kind = 'grassroots')) AS off_units,
               (SELECT count(*)::int FROM project p JOIN org_unit u ON u.id = p.owner_unit_id WHERE u.kind <> 'town') AS off_projects,
               (SELECT count(*)::int FROM app_user) AS accounts`);
      // The demo's nine units and five people, and the roster the admin imported on day one (demo-roster.ts): two units, 26 people.
      expect(row).toEqual({ units: 9 + 2, off_units: 0, off_projects: 0, accounts: 5 + 26 });
    });

    it('shows the cadre an inbox with every status and some red', async () => {
      const { token } = await signIn(t, 'cadre');
      const counts = await t.request('GET', '/api/requests/counts', { token });
      expect(counts.status).toBe(200);
      expect(counts.body.overdue).toBeGreaterThan(0);
      expect(counts.body.byStatus.in_project).toBeGreaterThan(0);
    });

    it('gives the leader a dashboard with every figure, ranked units and hotspots for the last six months (评估问效)', async () => {
      const { token } = await signIn(t, 'leader');
      const today = chinaDay();
      const from = chinaDay(-179);
      const period = `from=${from}&to=${today}`;
      const summary = await t.request('GET', `/api/dashboard/summary?${period}`, { token });
      expect(summary.status).toBe(200);
      const figures = summary.body.figures;
      for (const name of ['responseRate', 'onTimeResolutionRate', 'resolutionRate', 'satisfactionRate', 'participationRate', 'overdueRate', 'reopenRate']) {
        expect({ name, denominator: figures[name].denominator > 0, value: figures[name].value !== null }).toEqual({ name, denominator: true, value: true });
      }
      expect(figures.overdueRate.numerator).toBeGreaterThan(0);
      expect(figures.reopenRate.numerator).toBeGreaterThan(0);
      expect(figures.medianResponseHours.value).not.toBeNull();
      expect(figures.medianResolveHours.value).not.toBeNull();
      expect(figures.backlog).toBeGreaterThan(0);
      expect(figures.compositeScore.value).not.toBeNull();

      const byUnit = await t.request('GET', `/api/dashboard/breakdown?by=unit&${period}`, { token });
      expect(byUnit.body.rows.filter((row: { rank: number | null }) => row.rank !== null).length).toBeGreaterThan(0);
      const byMonth = await t.request('GET', `/api/dashboard/breakdown?by=month&${period}`, { token });
      expect(byMonth.body.rows.length).toBeGreaterThanOrEqual(6);

      const hotspots = await t.request('GET', `/api/dashboard/hotspots?${period}`, { token });
      expect(hotspots.body.clusters.length).toBeGreaterThan(0);
      const [top] = hotspots.body.clusters;
      const opened = await t.request('GET', `/api/dashboard/hotspots/requests?${period}&clusterUnitId=${top.unitId}&categoryId=${top.categoryId}&month=${top.month}`, { token });
      expect(opened.body.requestIds.length).toBe(top.count);
      expect(hotspots.body.terms.length).toBeGreaterThan(0);
    });
  });
});
