// The dashboard's rollups against the figure predicates they stand for. Requests go through many random changes (new
// requests, responses, acceptance, resolution, 重办, transfers between units, extensions, answers, withdrawal,
// exclusion) in single and multi-row statements; after each round the counts the dashboard reads (rollup sums plus
// live counts over running clocks, the medians' durations exactly and per band) must equal a plain scan of FIGURE_SETS
// over the requests, for several "now"s, with and without grouping.
import type { BreakdownBy } from '@banshishi/contracts';
import { DataSource } from 'typeorm';
import { HOUR_BAND_COUNT, HOUR_BAND_EDGES, hourBand, type DurationSample } from '@banshishi/workflow';
import { DashboardRepository, FIGURE_ROWS, GROUP_KEYS, bind, type FigureFilter } from '../src/modules/evaluation/dashboard.repository';
import { COUNT_SETS, FIGURE_SETS } from '../src/modules/evaluation/figure-predicates';
import { createTestApp, type TestApp } from './test-app';
import { seededRandom } from '../src/database/seed/seeded-random';

const HOUR = 3_600_000;
const START = Date.parse('2025-03-01T00:00:00+08:00');
const PERIOD_END = Date.parse('2025-05-01T00:00:00+08:00');

describe('figure rollups stay equal to the figure predicates (real PostgreSQL)', () => {
  let t: TestApp;
  let db: DataSource;
  let repository: DashboardRepository;
  let unitIds: string[];
  let categoryIds: string[];
  /** the cadre who took the requests heard in person */
  let takerId: string;
  const rnd = seededRandom(20_251_128); // deterministic, so a failure can be replayed
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const at = (hours: number) => new Date(START + hours * HOUR);
  let serial = 0;

  /** Inserts `n` requests in one statement, in random states consistent with the workflow's columns. */
  async function insertRequests(n: number): Promise<void> {
    const rows = Array.from({ length: n }, () => {
      const submitted = rnd() * 58 * 24; // hours after START: March and April
      const status = pick(['submitted', 'accepted', 'in_progress', 'in_project', 'resolved', 'closed', 'rejected', 'merged', 'withdrawn'] as const);
      const responded = status === 'submitted' ? null : submitted + rnd() ** 2 * 200;
      const accepted = ['submitted', 'rejected'].includes(status) || (status === 'merged' && rnd() < 0.5) ? null : responded;
      const resolved = ['resolved', 'closed'].includes(status) && accepted !== null ? accepted + rnd() ** 3 * 12_000 : null;
      serial += 1;
      return [
        `BS-ROLLUP-${serial}`,
        pick(unitIds),
        pick(categoryIds),
        status,
        at(submitted),
        at(submitted + 48),
        responded === null ? null : at(responded),
        accepted === null ? null : at(accepted),
        accepted === null ? null : at(accepted + 24 * 14),
        resolved === null ? null : at(resolved),
        rnd() < 0.1 ? 1 : 0,
        pick(['online', 'online', 'phone', 'visit', 'forum'] as const),
      ];
    });
    const params = rows.flat();
    const tuples = rows.map((_row, i) => `(${Array.from({ length: 12 }, (_c, j) => `$${i * 12 + j + 1}`).join(', ')})`);
    await db.query(
      `INSERT INTO request (code, home_unit_id, handling_unit_id, category_id, anonymous, title, description, status, submitted_at,
                            response_due_at, responded_at, accepted_at, resolution_due_at, resolved_at, reopen_count, channel, heard_on, taken_by_id)
       SELECT v.code, v.unit::uuid, v.unit::uuid, v.category::uuid, false, '轮换测试', '轮换测试的诉求内容', v.status, v.submitted::timestamptz,
              v.response_due::timestamptz, v.responded::timestamptz, v.accepted::timestamptz, v.resolution_due::timestamptz, v.resolved::timestamptz, v.reopen::int,
              v.channel, CASE WHEN v.channel <> 'online' THEN figure_day(v.submitted::timestamptz) END, CASE WHEN v.channel <> 'online' THEN $${params.length + 1}::uuid END
         FROM (VALUES ${tuples.join(', ')}) AS v(code, unit, category, status, submitted, response_due, responded, accepted, resolution_due, resolved, reopen, channel)`,
      [...params, takerId],
    );
  }

  /** One random change to one request, or to a handful at once. */
  async function change(): Promise<void> {
    const ids: string[] = (await db.query(`SELECT id FROM request WHERE code LIKE 'BS-ROLLUP-%' ORDER BY random() LIMIT $1`, [rnd() < 0.2 ? 5 : 1])).map(
      (row: { id: string }) => row.id,
    );
    const kind = pick(['respond', 'accept', 'resolve', 'reopen', 'transfer', 'extend', 'answer', 'answer', 'withdraw', 'exclude', 'include', 'close'] as const);
    const when = at(rnd() * 70 * 24);
    switch (kind) {
      case 'respond':
        return void (await db.query(`UPDATE request SET responded_at = $2 WHERE id = ANY($1) AND responded_at IS NULL`, [ids, when]));
      case 'accept':
        return void (await db.query(
          `UPDATE request SET status = 'accepted', accepted_at = COALESCE(accepted_at, $2), responded_at = COALESCE(responded_at, $2),
                  resolution_due_at = COALESCE(resolution_due_at, $2::timestamptz + interval '14 days') WHERE id = ANY($1) AND status = 'submitted'`,
          [ids, when],
        ));
      case 'resolve':
        return void (await db.query(`UPDATE request SET status = 'resolved', resolved_at = GREATEST($2, accepted_at) WHERE id = ANY($1) AND accepted_at IS NOT NULL`, [ids, when]));
      case 'reopen':
        return void (await db.query(
          `UPDATE request SET status = 'in_progress', resolved_at = NULL, reopen_count = reopen_count + 1 WHERE id = ANY($1) AND resolved_at IS NOT NULL`,
          [ids],
        ));
      case 'transfer':
        return void (await db.query(`UPDATE request SET handling_unit_id = $2, category_id = $3 WHERE id = ANY($1)`, [ids, pick(unitIds), pick(categoryIds)]));
      case 'extend':
        return void (await db.query(`UPDATE request SET resolution_due_at = resolution_due_at + interval '5 days' WHERE id = ANY($1)`, [ids]));
      case 'answer':
        return void (await db.query(
          `INSERT INTO request_answer (request_id, source, resolved, satisfaction, round, answered_at)
           SELECT id, 'feedback', $2, $3, reopen_count, $4 FROM request WHERE id = ANY($1)`,
          [ids, pick(['resolved', 'partly', 'unresolved']), pick(['satisfied', 'basically_satisfied', 'dissatisfied']), when],
        ));
      case 'withdraw':
        return void (await db.query(`UPDATE request SET status = 'withdrawn' WHERE id = ANY($1) AND status = 'submitted'`, [ids]));
      case 'exclude':
        return void (await db.query(`UPDATE request SET excluded_at = $2, excluded_reason = '测试' WHERE id = ANY($1)`, [ids, when]));
      case 'include':
        return void (await db.query(`UPDATE request SET excluded_at = NULL, excluded_reason = NULL WHERE id = ANY($1)`, [ids]));
      case 'close':
        return void (await db.query(`UPDATE request SET status = 'closed' WHERE id = ANY($1) AND status = 'resolved'`, [ids]));
    }
  }

  /** The figures by a plain scan of the predicates, with the durations each median is over. */
  async function scan(filter: FigureFilter, by?: BreakdownBy) {
    const [sql, params] = bind(
      `SELECT ${by ? GROUP_KEYS[by] : `''`} AS key,
              ${COUNT_SETS.map((set) => `count(*) FILTER (WHERE ${FIGURE_SETS[set]})::int AS "${set}"`).join(', ')},
              COALESCE(array_agg((EXTRACT(EPOCH FROM r.responded_at - r.submitted_at) / 3600)::float8) FILTER (WHERE ${FIGURE_SETS.responded}), '{}') AS "responseHours",
              COALESCE(array_agg((EXTRACT(EPOCH FROM r.resolved_at - r.accepted_at) / 3600)::float8) FILTER (WHERE ${FIGURE_SETS.resolvedAfterAcceptance}), '{}') AS "resolveHours"
         ${FIGURE_ROWS} GROUP BY 1`,
      { units: filter.unitIds, from: filter.from, to: filter.to, now: filter.now },
    );
    const rows: Record<string, unknown>[] = await db.query(sql, params);
    return rows
      .map((row) => ({
        key: String(row.key),
        counts: Object.fromEntries(COUNT_SETS.map((set) => [set, Number(row[set])])),
        responseHours: (row.responseHours as number[]).map(Number),
        resolveHours: (row.resolveHours as number[]).map(Number),
      }))
      .filter((row) => COUNT_SETS.some((set) => row.counts[set] !== 0) || row.responseHours.length + row.resolveHours.length > 0)
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** The durations counted per band, as the rollup should hold them. */
  const bandsOf = (hours: number[]): DurationSample => {
    const bands = Array.from({ length: HOUR_BAND_COUNT }, () => 0);
    for (const value of hours) bands[hourBand(value)] += 1;
    return { bands };
  };
  /** The durations as the exact sample the repository returns: each value once with its count, in order. */
  const exactOf = (hours: number[]): DurationSample => {
    const counts = new Map<number, number>();
    for (const value of hours) counts.set(value, (counts.get(value) ?? 0) + 1);
    return { exact: [...counts].map(([value, count]) => ({ hours: value, count })).sort((a, b) => a.hours - b.hours) };
  };
  const inOrder = (sample: DurationSample): DurationSample => ('exact' in sample ? { exact: [...sample.exact].sort((a, b) => a.hours - b.hours) } : sample);

  /** Compares the dashboard's counts with the scan, the medians' samples both exact and per band. */
  async function expectSame(filter: FigureFilter, by: BreakdownBy | undefined, context: object): Promise<void> {
    const truth = await scan(filter, by);
    for (const [limit, sampleOf] of [
      [Infinity, exactOf],
      [-1, bandsOf],
    ] as const) {
      const counted = (await repository.counts(filter, by, limit)).map(({ key, counts: { responseHours, resolveHours, ...counts } }) => ({
        key,
        counts,
        responseHours: inOrder(responseHours),
        resolveHours: inOrder(resolveHours),
      }));
      const expected = truth.map((row) => ({ ...row, responseHours: sampleOf(row.responseHours), resolveHours: sampleOf(row.resolveHours) }));
      expect({ ...context, limit, rows: counted }).toEqual({ ...context, limit, rows: expected });
    }
  }

  async function expectRollupsEqualScan(round: number): Promise<void> {
    const nows = [at(10 * 24), at(40 * 24), at(200 * 24)];
    // whole months only; no whole month; a whole April after March's last days; a whole March before April's first days
    const periods = [
      { from: new Date(START), to: new Date(PERIOD_END) },
      { from: new Date(Date.parse('2025-03-10T00:00:00+08:00')), to: new Date(Date.parse('2025-04-11T00:00:00+08:00')) },
      { from: new Date(Date.parse('2025-03-10T00:00:00+08:00')), to: new Date(PERIOD_END) },
      { from: new Date(START), to: new Date(Date.parse('2025-04-20T00:00:00+08:00')) },
    ];
    for (const now of nows) {
      for (const period of periods) {
        for (const units of [unitIds, unitIds.slice(0, 2)]) {
          const filter: FigureFilter = { unitIds: units, ...period, now, w: 1 };
          for (const by of [undefined, 'unit', 'category', 'month', 'channel'] as const) {
            await expectSame(filter, by, { round, now, by });
          }
        }
      }
    }
  }

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    repository = t.app.get(DashboardRepository);
    unitIds = (await db.query(`SELECT id FROM org_unit WHERE kind = 'grassroots' ORDER BY path LIMIT 4`)).map((row: { id: string }) => row.id);
    categoryIds = (await db.query(`SELECT id FROM category ORDER BY sort_order LIMIT 3`)).map((row: { id: string }) => row.id);
    [{ id: takerId }] = await db.query(`SELECT id FROM app_user WHERE username = 'cadre'`);
  });
  afterAll(async () => {
    await t.close();
  });

  it('after each round of random changes, the rollups count what the predicates count', async () => {
    await insertRequests(120);
    await expectRollupsEqualScan(0);
    for (let round = 1; round <= 6; round++) {
      await insertRequests(10);
      for (let i = 0; i < 25; i++) await change();
      await expectRollupsEqualScan(round);
    }
    // the data set reached the states the figures tell apart
    const [seen] = await db.query(
      `SELECT count(*) FILTER (WHERE reopen_count > 0)::int AS reopened, count(*) FILTER (WHERE excluded_at IS NOT NULL)::int AS excluded,
              count(*) FILTER (WHERE status = 'withdrawn')::int AS withdrawn, (SELECT count(*)::int FROM request_answer) AS answers,
              count(*) FILTER (WHERE resolved_at > resolution_due_at)::int AS late
         FROM request WHERE code LIKE 'BS-ROLLUP-%'`,
    );
    expect(Object.values(seen).every((count) => Number(count) > 0)).toBe(true);
  }, 120_000); // 7 rounds × 3 nows × 4 periods × 2 unit sets × 5 groupings × 2 median modes, on a shared machine

  it('sizes hotspot clusters from the rollup and lists exactly their requests', async () => {
    for (const period of [
      { from: new Date(START), to: new Date(PERIOD_END) },
      { from: new Date(Date.parse('2025-03-10T00:00:00+08:00')), to: new Date(Date.parse('2025-04-11T00:00:00+08:00')) },
    ]) {
      const filter: FigureFilter = { unitIds, ...period, now: at(40 * 24), w: 1 };
      const [sql, params] = bind(
        `SELECT r.category_id AS "categoryId", r.handling_unit_id AS "unitId", ${GROUP_KEYS.month} AS month, array_agg(r.id::text ORDER BY r.id) AS ids
           ${FIGURE_ROWS} GROUP BY 1, 2, 3 HAVING count(*) >= 2`,
        { units: filter.unitIds, from: filter.from, to: filter.to },
      );
      const scanned: { categoryId: string; unitId: string; month: string; ids: string[] }[] = await db.query(sql, params);
      const clusters = await repository.clusters(filter, 1000);
      expect(clusters.length).toBe(scanned.length);
      expect(clusters.map((c) => c.count)).toEqual([...clusters.map((c) => c.count)].sort((a, b) => b - a));
      const byKey = new Map(scanned.map((row) => [`${row.categoryId} ${row.unitId} ${row.month}`, [...row.ids].sort()]));
      for (const cluster of clusters) {
        const key = `${cluster.categoryId} ${cluster.unitId} ${cluster.month}`;
        const { requestIds } = await repository.clusterRequests(filter, cluster);
        expect({ key, ids: [...requestIds].sort(), count: cluster.count }).toEqual({ key, ids: byKey.get(key), count: byKey.get(key)?.length });
      }
    }
  });

  it('a rolled-back change leaves the rollups as they were', async () => {
    const filter: FigureFilter = { unitIds, from: new Date(START), to: new Date(PERIOD_END), now: at(40 * 24), w: 1 };
    const before = await repository.counts(filter, undefined, -1);
    await expect(
      db.transaction(async (manager) => {
        await manager.query(`UPDATE request SET status = 'closed', resolved_at = accepted_at WHERE code LIKE 'BS-ROLLUP-%' AND accepted_at IS NOT NULL`);
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await repository.counts(filter, undefined, -1)).toEqual(before);
  });

  it('concurrent writers into one unit × category commit side by side, and the rollups still count what the predicates count', async () => {
    const filter: FigureFilter = { unitIds, from: new Date(START), to: new Date(PERIOD_END), now: at(40 * 24), w: 1 };
    // Each transaction inserts into the same unit × category × day and moves other requests between units, the
    // statements in a different order per transaction, with pauses between them so the transactions overlap.
    const ids: string[] = (await db.query(`SELECT id FROM request WHERE code LIKE 'BS-ROLLUP-%' ORDER BY code LIMIT 48`)).map((row: { id: string }) => row.id);
    const writers = Array.from({ length: 16 }, (_writer, w) =>
      db.transaction(async (manager) => {
        const steps = [
          () =>
            manager.query(
              `INSERT INTO request (code, home_unit_id, handling_unit_id, category_id, anonymous, title, description, status, submitted_at, response_due_at)
               VALUES ($1, $2, $2, $3, false, '并发测试', '并发测试的诉求内容', 'submitted', $4, $4::timestamptz + interval '2 days')`,
              [`BS-ROLLUP-C${w}`, unitIds[0], categoryIds[0], at(24 * 20)],
            ),
          () => manager.query(`UPDATE request SET handling_unit_id = $2 WHERE id = ANY($1)`, [ids.slice(w * 3, w * 3 + 3), unitIds[w % unitIds.length]]),
          () => manager.query(`UPDATE request SET responded_at = submitted_at + interval '3 hours' WHERE code = $1`, [`BS-ROLLUP-C${w}`]),
        ];
        for (const step of w % 2 ? [steps[1], steps[0], steps[2]] : steps) {
          await step();
          await manager.query(`SELECT pg_sleep(0.01)`);
        }
      }),
    );
    await Promise.all(writers);
    // nothing left parked once committed
    expect(await db.query(`SELECT count(*)::int AS n FROM request_figure_pending`)).toEqual([{ n: 0 }]);
    for (const by of [undefined, 'unit', 'channel'] as const) await expectSame(filter, by, { concurrent: true, by });
  });

  it('a change is added to the rollups when its transaction commits, and not before', async () => {
    const filter: FigureFilter = { unitIds, from: new Date(START), to: new Date(PERIOD_END), now: at(40 * 24), w: 1 };
    const before = await repository.counts(filter, undefined, -1);
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      // into a unit × category × channel × day the rollups already have a row for
      const [row] = await db.query(
        `SELECT handling_unit_id AS unit, category_id AS category, submitted_at AS at FROM request
          WHERE code LIKE 'BS-ROLLUP-%' AND channel = 'online' AND status <> 'withdrawn' AND excluded_at IS NULL ORDER BY code LIMIT 1`,
      );
      await runner.startTransaction();
      await runner.query(
        `INSERT INTO request (code, home_unit_id, handling_unit_id, category_id, anonymous, title, description, status, submitted_at, response_due_at)
         VALUES ('BS-ROLLUP-LATE', $1, $1, $2, false, '提交时计入', '提交时计入的诉求内容', 'submitted', $3, $3::timestamptz + interval '2 days')`,
        [row.unit, row.category, row.at],
      );
      // parked in the writer's transaction, the rollup row not yet locked: another transaction updates it at once
      expect(await runner.query(`SELECT count(*)::int AS n FROM request_figure_pending`)).toEqual([{ n: 1 }]);
      await db.transaction(async (manager) => {
        await manager.query(`SET LOCAL lock_timeout = '2s'`);
        const [updated] = await manager.query(
          `UPDATE request_figure_day SET requests = requests WHERE handling_unit_id = $1 AND category_id = $2 AND channel = 'online' AND day = figure_day($3) RETURNING day`,
          [row.unit, row.category, row.at],
        );
        expect(updated.length).toBeGreaterThan(0); // the key's rows, one per slot written
      });
      expect(await repository.counts(filter, undefined, -1)).toEqual(before);
      await runner.commitTransaction();
    } finally {
      await runner.release();
    }
    expect(await repository.counts(filter, undefined, -1)).not.toEqual(before);
    await expectSame(filter, 'category', { committed: true });
  });

  it('rebuilding the rollups in one pass gives the figures the triggers kept', async () => {
    const filter: FigureFilter = { unitIds, from: new Date(START), to: new Date(PERIOD_END), now: at(40 * 24), w: 1 };
    const kept = await Promise.all((['unit', 'month', 'channel'] as const).map((by) => repository.counts(filter, by, -1)));
    await db.query(`SELECT figure_rollups_rebuild()`);
    expect(await Promise.all((['unit', 'month', 'channel'] as const).map((by) => repository.counts(filter, by, -1)))).toEqual(kept);
    await expectRollupsEqualScan(99);
  }, 60_000);

  it('bands durations with the edges libs/workflow reads them with', async () => {
    const [{ definition }] = await db.query(`SELECT pg_get_functiondef('figure_rollup_apply'::regproc) AS definition`);
    const edges = [...new Set((definition as string).match(/'\{([\d.,]+)\}'::numeric\[\]/g) ?? [])];
    expect(edges).toEqual([`'{${HOUR_BAND_EDGES.join(',')}}'::numeric[]`]);
  });

  it('refuses deleting a request or changing an answer, which the figures keep', async () => {
    await db.query(
      `INSERT INTO request_answer (request_id, source, resolved, satisfaction, round) SELECT id, 'feedback', 'partly', 'dissatisfied', 0 FROM request WHERE code = 'BS-ROLLUP-1'`,
    );
    await expect(db.query(`DELETE FROM request WHERE code = 'BS-ROLLUP-1'`)).rejects.toThrow(/request rows are kept for the figures: DELETE is refused/);
    await expect(db.query(`UPDATE request_answer SET satisfaction = 'satisfied' WHERE request_id = (SELECT id FROM request WHERE code = 'BS-ROLLUP-1')`)).rejects.toThrow(
      /request_answer rows are kept for the figures: UPDATE is refused/,
    );
  });
});
