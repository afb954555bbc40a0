// The dashboard's SQL: counts per figure set (optionally grouped) and the requests behind one set, over the same rows.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BreakdownBy, FigureRequestItem, HotspotCluster, HotspotClusterRequests, HotspotTerm } from '@banshishi/contracts';
import { HOUR_BAND_COUNT, REQUEST_LINKABLE_STATUSES, type DurationSample, type FigureCounts, type Label } from '@banshishi/workflow';
import { runTransaction } from '../../common/database/run-transaction';
import { sqlList } from '../../common/database/sql-list';
import { ReadReplicas } from '../../platform/replicas/read-replicas.service';
import { DataSource } from 'typeorm';
import { monthBounds, wholeMonths } from './whole-months';
import { COUNT_SETS, EXACT_MEDIAN_LIMIT, FIGURE_SETS, MEDIAN_HOURS, OPEN_ROWS, ROLLUP_COUNTS, setTotal, type CountSet, type FigureSet } from './figure-predicates';

type MedianName = keyof typeof MEDIAN_HOURS;
const HOUR_BANDS = Array.from({ length: HOUR_BAND_COUNT }, (_band, i) => i);

export interface FigureFilter {
  unitIds: string[];
  /** submission instants, [from, to) */
  from: Date;
  to: Date;
  now: Date;
  /** 满意率's weight for 基本满意 (only decides who is in its numerator's list) */
  w: number;
}

export interface GroupedCounts {
  key: string;
  counts: FigureCounts;
}

/** Handled in the units, submitted in the period, not withdrawn, not excluded (不合理诉求). */
const PERIOD_WHERE = `
  WHERE r.handling_unit_id = ANY(@units::uuid[]) AND r.submitted_at >= @from::timestamptz AND r.submitted_at < @to::timestamptz
    AND r.status <> 'withdrawn' AND r.excluded_at IS NULL`;

/**
 * The rows every figure is over (PERIOD_WHERE), each with its latest answer (`la`). The partial index `request_figures`
 * covers the conditions.
 */
export const FIGURE_ROWS = `
  FROM request r
  LEFT JOIN LATERAL (
    SELECT a.resolved, a.satisfaction FROM request_answer a WHERE a.request_id = r.id ORDER BY a.answered_at DESC, a.id DESC LIMIT 1
  ) la ON true ${PERIOD_WHERE}`;

/** The same rows without the latest answer, for the live counts, which do not read it. */
const ROWS_WITHOUT_ANSWER = `FROM request r ${PERIOD_WHERE}`;

/**
 * A rollup's rows for the units and the period (`day` is the China day of submission, [from, to)): its whole calendar
 * months [@wholeFrom, @wholeTo) from `<rollup>_month`, the days around them from `<rollup>_day`, read unit by unit (a
 * lateral join over the distinct unit ids). With `handling_unit_id = ANY(…)` on the (unit, day, …) keys PostgreSQL 17
 * may walk the leaf pages from one unit's days to the next unit's instead of descending again: at ten million requests
 * a one-day read of nine units touched 2,198 pages (77 ms) where unit by unit it touches 32 (2 ms), and a year 2,309
 * pages (80 ms) against 252 (20 ms).
 */
function rollupByUnit(rollup: 'request_figure' | 'hotspot_term', columns: string): string {
  return `(SELECT DISTINCT unit_id FROM unnest(@units::uuid[]) AS u(unit_id)) scope
    CROSS JOIN LATERAL (
      SELECT ${columns} FROM ${rollup}_month
       WHERE handling_unit_id = scope.unit_id AND day >= @wholeFrom::date AND day < @wholeTo::date
      UNION ALL
      SELECT ${columns} FROM ${rollup}_day
       WHERE handling_unit_id = scope.unit_id
         AND ((day >= figure_day(@from::timestamptz) AND day < @wholeFrom::date) OR (day >= @wholeTo::date AND day < figure_day(@to::timestamptz))))`;
}

/** The figure rollup's rows for the units and the period (rollupByUnit), as `f`. */
const rollupRows = (joins = ''): string => `FROM ${rollupByUnit('request_figure', '*')} f ${joins}`;

const ROLLUP_GROUP_KEYS: Record<BreakdownBy, string> = {
  unit: `f.handling_unit_id::text`,
  category: `f.category_id::text`,
  month: `to_char(f.day, 'YYYY-MM')`,
  channel: `f.channel`,
};

export const GROUP_KEYS: Record<BreakdownBy, string> = {
  unit: `r.handling_unit_id::text`,
  category: `r.category_id::text`,
  // The month of submission in China time (UTC+8, no daylight saving).
  month: `to_char((r.submitted_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`,
  channel: `r.channel`,
};

/** Named parameters (@name) to positional ones, passing only those the text uses. */
export function bind(text: string, values: Record<string, unknown>): [string, unknown[]] {
  const names: string[] = [];
  const sql = text.replace(/@(\w+)/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`no value for @${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return [sql, names.map((name) => values[name])];
}

function filterValues(filter: FigureFilter): Record<string, unknown> {
  return { units: filter.unitIds, from: filter.from, to: filter.to, now: filter.now, w: filter.w, ...wholeMonths(filter) };
}

@Injectable()
export class DashboardRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly replicas: ReadReplicas,
  ) {}

  /**
   * The figure counts (per group when asked) from the rollups: the settled sums and duration bands of
   * `request_figure_day` and the live counts over the still-running clocks, two index range scans, neither over all
   * requests. When the medians' samples are small (EXACT_MEDIAN_LIMIT) their durations are read exactly instead.
   */
  async counts(filter: FigureFilter, by?: BreakdownBy, exactMedianLimit = EXACT_MEDIAN_LIMIT): Promise<GroupedCounts[]> {
    const values = filterValues(filter);
    const medians = Object.entries(MEDIAN_HOURS) as [MedianName, (typeof MEDIAN_HOURS)[MedianName]][];
    const settledColumns = [
      ...COUNT_SETS.map((set) => `sum(f.${ROLLUP_COUNTS[set].column})::int AS "${set}"`),
      ...medians.map(([name, median]) => `ARRAY[${HOUR_BANDS.map((band) => `sum(f.${median.bands}_${band})::int`).join(', ')}] AS "${name}"`),
    ];
    const liveColumns = COUNT_SETS.filter((set) => ROLLUP_COUNTS[set].live).map((set) => `count(*) FILTER (WHERE ${ROLLUP_COUNTS[set].live})::int AS "${set}"`);
    const [settledSql, settledParams] = bind(`SELECT ${by ? ROLLUP_GROUP_KEYS[by] : `''`} AS key, ${settledColumns.join(', ')} ${rollupRows()} GROUP BY 1`, values);
    const [liveSql, liveParams] = bind(`SELECT ${by ? GROUP_KEYS[by] : `''`} AS key, ${liveColumns.join(', ')} ${ROWS_WITHOUT_ANSWER} AND (${OPEN_ROWS}) GROUP BY 1`, values);
    const [settled, live] = (await Promise.all([
      this.replicas.read((db) => db.query(settledSql, settledParams)),
      this.replicas.read((db) => db.query(liveSql, liveParams)),
    ])) as Record<string, unknown>[][];

    const groups = new Map<string, { counts: Record<CountSet, number>; samples: Record<MedianName, DurationSample> }>();
    const group = (key: unknown) => {
      const name = String(key);
      let found = groups.get(name);
      if (!found) {
        const counts = Object.fromEntries(COUNT_SETS.map((set) => [set, 0])) as Record<CountSet, number>;
        found = { counts, samples: { responseHours: { exact: [] }, resolveHours: { exact: [] } } };
        groups.set(name, found);
      }
      return found;
    };
    let durations = 0;
    for (const row of [...settled, ...live]) {
      const found = group(row.key);
      for (const set of COUNT_SETS) if (row[set] !== undefined && row[set] !== null) found.counts[set] += Number(row[set]);
      for (const [name] of medians) {
        if (!Array.isArray(row[name])) continue;
        const bands = (row[name] as unknown[]).map(Number);
        found.samples[name] = { bands };
        durations += bands.reduce((sum, count) => sum + count, 0);
      }
    }
    if (durations <= exactMedianLimit) {
      for (const group of groups.values()) group.samples = { responseHours: { exact: [] }, resolveHours: { exact: [] } };
      const [exactSql, exactParams] = bind(
        medians
          .map(
            ([name, median]) => `SELECT ${by ? GROUP_KEYS[by] : `''`} AS key, '${name}' AS median, (${median.hours})::float8 AS hours, count(*)::int AS n
                                      ${ROWS_WITHOUT_ANSWER} AND (${FIGURE_SETS[median.set]}) GROUP BY 1, 3`,
          )
          .join(' UNION ALL '),
        values,
      );
      const rows: { key: string; median: MedianName; hours: number; n: number }[] = await this.replicas.read((db) => db.query(exactSql, exactParams));
      for (const row of rows) (group(row.key).samples[row.median] as { exact: { hours: number; count: number }[] }).exact.push({ hours: row.hours, count: row.n });
    }
    const empty = (sample: DurationSample) => ('exact' in sample ? sample.exact.length === 0 : sample.bands.every((count) => count === 0));
    return [...groups]
      .filter(([, found]) => COUNT_SETS.some((set) => found.counts[set] !== 0) || !empty(found.samples.responseHours) || !empty(found.samples.resolveHours))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, found]) => ({ key, counts: { ...found.counts, ...found.samples } }));
  }

  /** The requests in one figure set: how many (from the rollup), and one page of them (oldest submission first). */
  async requests(filter: FigureFilter, set: FigureSet, page: { offset: number; limit: number }): Promise<{ total: number; items: FigureRequestItem[] }> {
    const values = { ...filterValues(filter), offset: page.offset, limit: page.limit };
    const [counted] = await this.counts(filter, undefined, -1);
    const total = counted ? setTotal(counted.counts, set, filter.w) : 0;
    const [sql, params] = bind(
      `SELECT r.id, r.code, r.title, r.status, c.name_zh AS "categoryName", c.name_en AS "categoryNameEn", u.name AS "unitName", r.channel, r.submitted_at AS "submittedAt"
         ${FIGURE_ROWS.replace('FROM request r', 'FROM request r JOIN category c ON c.id = r.category_id JOIN org_unit u ON u.id = r.handling_unit_id')}
         AND (${FIGURE_SETS[set]})
       ORDER BY r.submitted_at, r.id OFFSET @offset::int LIMIT @limit::int`,
      values,
    );
    const rows: (Omit<FigureRequestItem, 'submittedAt'> & { submittedAt: Date })[] = await this.replicas.read((db) => db.query(sql, params));
    return { total, items: rows.map((row) => ({ ...row, submittedAt: row.submittedAt.toISOString() })) };
  }

  async unitNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.replicas.read((db) => db.query(`SELECT id, name FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY path`, [ids]));
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Every category's names, Chinese and English. */
  async categoryNames(): Promise<Map<string, Label>> {
    const rows: { id: string; zh: string; en: string }[] = await this.replicas.read((db) => db.query(`SELECT id, name_zh AS zh, name_en AS en FROM category`));
    return new Map(rows.map((row) => [row.id, { zh: row.zh, en: row.en }]));
  }

  /** The biggest category × unit × month clusters (two requests at least), biggest first, sized from the rollup. */
  async clusters(filter: FigureFilter, limit: number): Promise<HotspotCluster[]> {
    const [sql, params] = bind(
      `SELECT f.category_id AS "categoryId", c.name_zh AS "categoryName", c.name_en AS "categoryNameEn", f.handling_unit_id AS "unitId", u.name AS "unitName",
              ${ROLLUP_GROUP_KEYS.month} AS month, sum(f.requests)::int AS count
         ${rollupRows('JOIN category c ON c.id = f.category_id JOIN org_unit u ON u.id = f.handling_unit_id')}
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(f.requests) >= 2
        ORDER BY count DESC, month DESC, "categoryName", "unitName" LIMIT @limit::int`,
      { ...filterValues(filter), limit },
    );
    return this.replicas.read((db) => db.query(sql, params));
  }

  /**
   * One cluster's requests (its unit, category and month, within the period), oldest first, and those of them that may
   * join a 实事项目 now: read when a cluster is opened, by the (handling unit, category, submitted) index.
   */
  async clusterRequests(filter: FigureFilter, cluster: { unitId: string; categoryId: string; month: string }): Promise<HotspotClusterRequests> {
    const bounds = monthBounds(cluster.month);
    const [row]: HotspotClusterRequests[] = await this.replicas.read((db) =>
      db.query(
        `SELECT COALESCE(array_agg(r.id ORDER BY r.submitted_at, r.id), '{}') AS "requestIds",
              COALESCE(array_agg(r.id ORDER BY r.submitted_at, r.id) FILTER (WHERE r.status IN ${sqlList(REQUEST_LINKABLE_STATUSES)}), '{}') AS "linkableRequestIds"
         FROM request r
        WHERE r.handling_unit_id = $1 AND r.category_id = $2
          AND r.submitted_at >= GREATEST($3::timestamptz, $5::timestamptz) AND r.submitted_at < LEAST($4::timestamptz, $6::timestamptz)
          AND r.status <> 'withdrawn' AND r.excluded_at IS NULL`,
        [cluster.unitId, cluster.categoryId, bounds.start, bounds.end, filter.from, filter.to],
      ),
    );
    return row;
  }

  /**
   * Requests of the period and units whose hotspot terms are still to be worked out (hotspot_terms_pending), in no
   * order (an order by id would walk the whole list; saveHotspotTerms sorts what it writes). The list is read alone
   * first — usually nothing, from its small index — and the texts only when there are some (a join makes the planner
   * guess rows and start a parallel worker for an empty answer).
   */
  async pendingHotspotTerms(filter: FigureFilter, limit: number): Promise<{ id: string; title: string; description: string }[]> {
    const pending: { id: string }[] = await this.dataSource.query(
      `SELECT request_id AS id FROM hotspot_terms_pending
        WHERE handling_unit_id = ANY($1::uuid[]) AND submitted_at >= $2::timestamptz AND submitted_at < $3::timestamptz
        LIMIT $4::int`,
      [filter.unitIds, filter.from, filter.to, limit],
    );
    if (pending.length === 0) return [];
    return this.dataSource.query(`SELECT id, title, description FROM request WHERE id = ANY($1::uuid[])`, [pending.map((row) => row.id)]);
  }

  /**
   * After a fill took rows off the pending list: their dead index entries would otherwise be read by every later
   * look-up until autovacuum comes (a bitmap scan does not skip them), and stale statistics would still count them
   * (a parallel plan for nothing). Quick on a list that is usually near empty. Not SKIP_LOCKED: after a bulk load
   * autovacuum is often on this table, and it gives way to this (it is cancelled when it blocks a lock request).
   */
  async vacuumPendingHotspotTerms(): Promise<void> {
    await this.dataSource.query(`VACUUM (ANALYZE) hotspot_terms_pending`);
  }

  /**
   * Stores requests' hotspot terms and takes them off the pending list, in one transaction: each terms row carries its
   * request's unit, day and whether it counts, read under a share lock so a concurrent transfer or withdrawal waits
   * and then finds the row (hotspot_terms_follow); the triggers add the terms to the counts. In id order, so two
   * dashboards filling the same rows never deadlock; a row already of this version is left as it is (counted once).
   */
  async saveHotspotTerms(rows: readonly { id: string; terms: readonly string[] }[], version: number): Promise<void> {
    if (rows.length === 0) return;
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const ids = sorted.map((row) => row.id);
    await runTransaction(this.dataSource, async (manager) => {
      await manager.query(
        `INSERT INTO request_hotspot_terms (request_id, version, terms, handling_unit_id, day, counted)
         SELECT t.id, $3::smallint, CASE WHEN t.terms = '' THEN '{}'::text[] ELSE string_to_array(t.terms, ' ') END,
                r.handling_unit_id, figure_day(r.submitted_at), r.status <> 'withdrawn' AND r.excluded_at IS NULL
           FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS t(id, terms, n)
           JOIN LATERAL (SELECT * FROM request WHERE id = t.id FOR SHARE) r ON true
          ORDER BY t.n
         ON CONFLICT (request_id) DO UPDATE SET version = EXCLUDED.version, terms = EXCLUDED.terms
          WHERE request_hotspot_terms.version <> EXCLUDED.version`,
        [ids, sorted.map((row) => row.terms.join(' ')), version],
      );
      await manager.query(`DELETE FROM hotspot_terms_pending WHERE request_id = ANY($1::uuid[])`, [ids]);
    });
  }

  /**
   * The hotspot terms (hotspot-terms.ts) that at least two requests share, most requests first: summed from the
   * maintained counts (`hotspot_term_month` for the period's whole months, `hotspot_term_day` for the days around).
   */
  async terms(filter: FigureFilter, limit: number): Promise<HotspotTerm[]> {
    const [sql, params] = bind(
      `SELECT t.term, sum(t.requests)::int AS count
         FROM ${rollupByUnit('hotspot_term', 'term, requests')} t
        GROUP BY t.term HAVING sum(requests) >= 2 ORDER BY count DESC, term LIMIT @limit::int`,
      { ...filterValues(filter), limit },
    );
    return this.dataSource.query(sql, params);
  }
}
