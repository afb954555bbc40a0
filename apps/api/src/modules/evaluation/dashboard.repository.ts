// The dashboard's SQL: counts per figure set (optionally grouped) and the requests behind one set, over the same rows.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { BreakdownBy, FigureRequestItem, HotspotCluster, HotspotTerm } from '@banshishi/contracts';
import type { FigureCounts } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { COUNT_SETS, FIGURE_SETS, MEDIAN_HOURS, type FigureSet } from './figure-predicates';

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

/**
 * The rows every figure is over: handled in the units, submitted in the period, not withdrawn, not excluded (不合理诉求),
 * each with its latest answer (`la`). The partial index `request_figures` covers the first four conditions.
 */
const ROWS = `
  FROM request r
  LEFT JOIN LATERAL (
    SELECT a.resolved, a.satisfaction FROM request_answer a WHERE a.request_id = r.id ORDER BY a.answered_at DESC, a.id DESC LIMIT 1
  ) la ON true
  WHERE r.handling_unit_id = ANY(@units::uuid[]) AND r.submitted_at >= @from::timestamptz AND r.submitted_at < @to::timestamptz
    AND r.status <> 'withdrawn' AND r.excluded_at IS NULL`;

const GROUP_KEYS: Record<BreakdownBy, string> = {
  unit: `r.handling_unit_id::text`,
  category: `r.category_id::text`,
  // The month of submission in China time (UTC+8, no daylight saving).
  month: `to_char((r.submitted_at AT TIME ZONE 'UTC') + interval '8 hours', 'YYYY-MM')`,
};

/** Named parameters (@name) to positional ones, passing only those the text uses. */
function bind(text: string, values: Record<string, unknown>): [string, unknown[]] {
  const names: string[] = [];
  const sql = text.replace(/@(\w+)/g, (_match, name: string) => {
    if (!(name in values)) throw new Error(`no value for @${name}`);
    if (!names.includes(name)) names.push(name);
    return `$${names.indexOf(name) + 1}`;
  });
  return [sql, names.map((name) => values[name])];
}

function filterValues(filter: FigureFilter): Record<string, unknown> {
  return { units: filter.unitIds, from: filter.from, to: filter.to, now: filter.now, w: filter.w };
}

@Injectable()
export class DashboardRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One pass over the rows: a count per figure set and the hours of the two medians, per group when asked. */
  async counts(filter: FigureFilter, by?: BreakdownBy): Promise<GroupedCounts[]> {
    const columns = [
      ...COUNT_SETS.map((set) => `count(*) FILTER (WHERE ${FIGURE_SETS[set]})::int AS "${set}"`),
      ...Object.entries(MEDIAN_HOURS).map(
        ([name, median]) => `COALESCE(array_agg((${median.hours})::float8) FILTER (WHERE ${FIGURE_SETS[median.set]}), '{}') AS "${name}"`,
      ),
    ];
    const key = by ? GROUP_KEYS[by] : `''`;
    const [sql, params] = bind(`SELECT ${key} AS key, ${columns.join(',\n')} ${ROWS} ${by ? `GROUP BY 1 ORDER BY 1` : ''}`, filterValues(filter));
    const rows: Record<string, unknown>[] = await this.dataSource.query(sql, params);
    return rows.map((row) => ({
      key: String(row.key),
      counts: {
        ...(Object.fromEntries(COUNT_SETS.map((set) => [set, Number(row[set])])) as Record<(typeof COUNT_SETS)[number], number>),
        responseHours: (row.responseHours as number[]).map(Number),
        resolveHours: (row.resolveHours as number[]).map(Number),
      },
    }));
  }

  /** The requests in one figure set: how many, and one page of them (oldest submission first). */
  async requests(filter: FigureFilter, set: FigureSet, page: { offset: number; limit: number }): Promise<{ total: number; items: FigureRequestItem[] }> {
    const values = { ...filterValues(filter), offset: page.offset, limit: page.limit };
    const [countSql, countParams] = bind(`SELECT count(*)::int AS total ${ROWS} AND (${FIGURE_SETS[set]})`, values);
    const [{ total }] = await this.dataSource.query(countSql, countParams);
    const [sql, params] = bind(
      `SELECT r.id, r.code, r.title, r.status, c.name_zh AS "categoryName", u.name AS "unitName", r.submitted_at AS "submittedAt"
         ${ROWS.replace('FROM request r', 'FROM request r JOIN category c ON c.id = r.category_id JOIN org_unit u ON u.id = r.handling_unit_id')}
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

  async categoryNames(): Promise<Map<string, string>> {
    const rows: { id: string; name: string }[] = await this.dataSource.query(`SELECT id, name_zh AS name FROM category`);
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The biggest category × unit × month clusters (two requests at least), biggest first. */
  async clusters(filter: FigureFilter, limit: number): Promise<HotspotCluster[]> {
    const [sql, params] = bind(
      `SELECT r.category_id AS "categoryId", c.name_zh AS "categoryName", r.handling_unit_id AS "unitId", u.name AS "unitName",
              ${GROUP_KEYS.month} AS month, count(*)::int AS count, array_agg(r.id ORDER BY r.submitted_at) AS "requestIds"
         ${ROWS.replace('FROM request r', 'FROM request r JOIN category c ON c.id = r.category_id JOIN org_unit u ON u.id = r.handling_unit_id')}
        GROUP BY 1, 2, 3, 4, 5 HAVING count(*) >= 2
        ORDER BY count DESC, month DESC, "categoryName", "unitName" LIMIT @limit::int`,
      { ...filterValues(filter), limit },
    );
    return this.dataSource.query(sql, params);
  }

  /** The terms (jieba, stored in search_terms) most requests share; single characters say little and are left out. */
  async terms(filter: FigureFilter, limit: number): Promise<HotspotTerm[]> {
    const [sql, params] = bind(
      `SELECT term, count(DISTINCT r.id)::int AS count
         ${ROWS.replace('FROM request r', "FROM request r CROSS JOIN LATERAL unnest(string_to_array(COALESCE(r.search_terms, ''), ' ')) AS term")}
          AND char_length(term) >= 2
        GROUP BY term ORDER BY count DESC, term LIMIT @limit::int`,
      { ...filterValues(filter), limit },
    );
    return this.dataSource.query(sql, params);
  }
}
