// The dashboard's SQL: counts per figure set (optionally grouped) and the requests behind one set, over the same rows.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BreakdownBy, FigureRequestItem, HotspotCluster, HotspotTerm } from '@banshishi/contracts';
import { HOUR_BAND_COUNT, REQUEST_LINKABLE_STATUSES, type DurationSample, type FigureCounts, type Label } from '@banshishi/workflow';
import { sqlList } from '../../common/database/sql-list';
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
 * The rollup rows for the units and the period (`day` is the China day of submission, [from, to)): its whole calendar
 * months [@wholeFrom, @wholeTo) from `request_figure_month`, the days around them from `request_figure_day`.
 */
const rollupRows = (joins = ''): string => `
  FROM (SELECT * FROM request_figure_month
         WHERE handling_unit_id = ANY(@units::uuid[]) AND day >= @wholeFrom::date AND day < @wholeTo::date
        UNION ALL
        SELECT * FROM request_figure_day
         WHERE handling_unit_id = ANY(@units::uuid[])
           AND ((day >= figure_day(@from::timestamptz) AND day < @wholeFrom::date) OR (day >= @wholeTo::date AND day < figure_day(@to::timestamptz)))) f ${joins}`;

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
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

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
    const [settled, live] = (await Promise.all([this.dataSource.query(settledSql, settledParams), this.dataSource.query(liveSql, liveParams)])) as Record<string, unknown>[][];

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
      const rows: { key: string; median: MedianName; hours: number; n: number }[] = await this.dataSource.query(exactSql, exactParams);
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
    const rows: (Omit<FigureRequestItem, 'submittedAt'> & { submittedAt: Date })[] = await this.dataSource.query(sql, params);
    return { total, items: rows.map((row) => ({ ...row, submittedAt: row.submittedAt.toISOString() })) };
  }

  async unitNames(ids: readonly string[]): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name FROM org_unit WHERE id = ANY($1::uuid[]) ORDER BY path`, [ids]);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** Every category's names, Chinese and English. */
  async categoryNames(): Promise<Map<string, Label>> {
    const rows: { id: string; zh: string; en: string }[] = await this.dataSource.query(`SELECT id, name_zh AS zh, name_en AS en FROM category`);
    return new Map(rows.map((row) => [row.id, { zh: row.zh, en: row.en }]));
  }

  /**
   * The biggest category × unit × month clusters (two requests at least), biggest first: sized from the rollup, then
   * each cluster's requests read by their own unit, category and month range.
   */
  async clusters(filter: FigureFilter, limit: number): Promise<HotspotCluster[]> {
    const [sql, params] = bind(
      `SELECT f.category_id AS "categoryId", c.name_zh AS "categoryName", c.name_en AS "categoryNameEn", f.handling_unit_id AS "unitId", u.name AS "unitName",
              ${ROLLUP_GROUP_KEYS.month} AS month, sum(f.requests)::int AS count
         ${rollupRows('JOIN category c ON c.id = f.category_id JOIN org_unit u ON u.id = f.handling_unit_id')}
        GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(f.requests) >= 2
        ORDER BY count DESC, month DESC, "categoryName", "unitName" LIMIT @limit::int`,
      { ...filterValues(filter), limit },
    );
    const clusters: Omit<HotspotCluster, 'requestIds' | 'linkableRequestIds'>[] = await this.dataSource.query(sql, params);
    if (clusters.length === 0) return [];
    const [idsSql, idsParams] = bind(
      `SELECT m.i::int AS i, array_agg(r.id ORDER BY r.submitted_at, r.id) AS ids,
              COALESCE(array_agg(r.id ORDER BY r.submitted_at, r.id) FILTER (WHERE r.status IN ${sqlList(REQUEST_LINKABLE_STATUSES)}), '{}') AS linkable
         FROM unnest(@clusterUnits::uuid[], @clusterCategories::uuid[], @clusterStarts::timestamptz[], @clusterEnds::timestamptz[])
              WITH ORDINALITY AS m(unit_id, category_id, start_at, end_at, i)
         JOIN request r ON r.handling_unit_id = m.unit_id AND r.category_id = m.category_id
                       AND r.submitted_at >= GREATEST(m.start_at, @from::timestamptz) AND r.submitted_at < LEAST(m.end_at, @to::timestamptz)
        WHERE r.status <> 'withdrawn' AND r.excluded_at IS NULL
        GROUP BY m.i`,
      {
        from: filter.from,
        to: filter.to,
        clusterUnits: clusters.map((cluster) => cluster.unitId),
        clusterCategories: clusters.map((cluster) => cluster.categoryId),
        clusterStarts: clusters.map((cluster) => monthBounds(cluster.month).start),
        clusterEnds: clusters.map((cluster) => monthBounds(cluster.month).end),
      },
    );
    const ids = new Map(((await this.dataSource.query(idsSql, idsParams)) as { i: number; ids: string[]; linkable: string[] }[]).map((row) => [row.i, row]));
    // 据此提议实事项目 proposes only the requests that may join a project now (accepted or in progress).
    return clusters.map((cluster, index) => ({ ...cluster, requestIds: ids.get(index + 1)?.ids ?? [], linkableRequestIds: ids.get(index + 1)?.linkable ?? [] }));
  }

  /** Requests of the period and units whose hotspot terms are missing or of another rule version, by id. */
  async requestsWithoutHotspotTerms(filter: FigureFilter, version: number, limit: number): Promise<{ id: string; title: string; description: string }[]> {
    const [sql, params] = bind(
      `SELECT r.id, r.title, r.description
         ${ROWS_WITHOUT_ANSWER.replace('FROM request r', 'FROM request r LEFT JOIN request_hotspot_terms h ON h.request_id = r.id')}
          AND (h.request_id IS NULL OR h.version <> @version::smallint)
        ORDER BY r.id LIMIT @limit::int`,
      { ...filterValues(filter), version, limit },
    );
    return this.dataSource.query(sql, params);
  }

  /** Stores requests' hotspot terms (in id order, so two dashboards filling the same rows never deadlock). */
  async saveHotspotTerms(rows: readonly { id: string; terms: readonly string[] }[], version: number): Promise<void> {
    if (rows.length === 0) return;
    const sorted = [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    await this.dataSource.query(
      `INSERT INTO request_hotspot_terms (request_id, version, terms)
       SELECT t.id, $3::smallint, CASE WHEN t.terms = '' THEN '{}'::text[] ELSE string_to_array(t.terms, ' ') END
         FROM unnest($1::uuid[], $2::text[]) WITH ORDINALITY AS t(id, terms, n)
        ORDER BY t.n
       ON CONFLICT (request_id) DO UPDATE SET version = EXCLUDED.version, terms = EXCLUDED.terms
        WHERE request_hotspot_terms.version <> EXCLUDED.version`,
      [sorted.map((row) => row.id), sorted.map((row) => row.terms.join(' ')), version],
    );
  }

  /** The hotspot terms (hotspot-terms.ts) that at least two requests share, most requests first. */
  async terms(filter: FigureFilter, limit: number): Promise<HotspotTerm[]> {
    const [sql, params] = bind(
      `SELECT term, count(*)::int AS count
         ${ROWS_WITHOUT_ANSWER.replace('FROM request r', 'FROM request r JOIN request_hotspot_terms h ON h.request_id = r.id CROSS JOIN LATERAL unnest(h.terms) AS term')}
        GROUP BY term HAVING count(*) >= 2 ORDER BY count DESC, term LIMIT @limit::int`,
      { ...filterValues(filter), limit },
    );
    return this.dataSource.query(sql, params);
  }
}
