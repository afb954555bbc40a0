// Every SQL statement of duplicates: storing a request's terms and fetching the open requests that may repeat it.
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { REQUEST_BACKLOG_STATUSES, type RequestStatus } from '@banshishi/workflow';
import { DataSource } from 'typeorm';
import { sqlList } from '../../../common/database/sql-list';

/** How many full-text/trigram hits are scored in TypeScript. */
export const CANDIDATE_LIMIT = 50;
/** How many of an area's open hits (the newest) are ranked in SQL: a town's backlog rarely matches more. */
export const CANDIDATE_POOL = 2000;
/** Terms sent to PostgreSQL (title terms first); a long description adds little after these. */
const MAX_QUERY_TERMS = 64;

export interface CandidateSearch {
  /** the area: every handling unit under this path */
  areaPath: string;
  /** the caller's scope roots; undefined for the worker's own area */
  scopePaths?: string[];
  terms: readonly string[];
  title: string;
  excludeId?: string;
}

export interface CandidateRow {
  id: string;
  code: string;
  title: string;
  status: RequestStatus;
  categoryId: string;
  submittedAt: Date;
  searchTerms: string;
  titleSimilarity: number;
}

export interface RequestToMatch {
  id: string;
  title: string;
  description: string;
  categoryId: string;
  handlingUnitPath: string;
}

/** `'a' | 'b'`: terms hold only letters and digits (chineseTerms), so quoting each is enough. */
export function orQuery(terms: readonly string[]): string | null {
  const safe = terms.filter((term) => /^[\p{L}\p{N}]+$/u.test(term)).slice(0, MAX_QUERY_TERMS);
  return safe.length ? safe.map((term) => `'${term}'`).join(' | ') : null;
}

@Injectable()
export class DuplicatesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async unitPathByEntryToken(entryToken: string): Promise<string | null> {
    const [row] = await this.dataSource.query(`SELECT path FROM org_unit WHERE entry_token = $1`, [entryToken]);
    return row?.path ?? null;
  }

  /**
   * The area whose requests may repeat one from `unitPath`: the subtree of its 镇/街道 (workers of one town share
   * canteens, dormitories and buses), or the unit itself when it lies above any town.
   */
  async areaPathOf(unitPath: string): Promise<string> {
    const [row] = await this.dataSource.query(`SELECT path FROM org_unit WHERE kind = 'town' AND $1 LIKE path || '%' ORDER BY length(path) DESC LIMIT 1`, [unitPath]);
    return row?.path ?? unitPath;
  }

  async requestToMatch(id: string): Promise<RequestToMatch | null> {
    const [row] = await this.dataSource.query(
      `SELECT r.id, r.title, r.description, r.category_id AS "categoryId", hu.path AS "handlingUnitPath"
         FROM request r JOIN org_unit hu ON hu.id = r.handling_unit_id
        WHERE r.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /**
   * Open requests in the area that share a term or look alike by title, best first. A null query (no terms) is
   * NULL to to_tsquery, so only the title trigrams match.
   *
   * Bounded by design: the hits come from the open-request indexes only (request_open_search_vector,
   * request_open_title_trgm: the backlog, never the history), read once and fenced off (MATERIALIZED) so the planner
   * cannot intersect them with a per-unit index over every request; of the area's hits, the CANDIDATE_POOL newest are
   * ranked (ts_rank and trigram similarity), and the best CANDIDATE_LIMIT are scored in TypeScript.
   */
  candidates(search: CandidateSearch): Promise<CandidateRow[]> {
    const scope = search.scopePaths?.map((path) => `${path}%`) ?? [`${search.areaPath}%`];
    return this.dataSource.query(
      `WITH hits AS MATERIALIZED (
         SELECT r.id, r.code, r.title, r.status, r.category_id, r.submitted_at, r.search_terms, r.search_vector, r.handling_unit_id
           FROM request r
          WHERE r.status IN ${sqlList(REQUEST_BACKLOG_STATUSES)}
            AND (r.search_vector @@ to_tsquery('simple', $1) OR r.title % $2)
       ), pool AS (
         SELECT h.* FROM hits h JOIN org_unit hu ON hu.id = h.handling_unit_id
          WHERE hu.path LIKE $3 AND hu.path LIKE ANY($4) AND h.id IS DISTINCT FROM $5::uuid
          ORDER BY h.submitted_at DESC, h.id LIMIT ${CANDIDATE_POOL}
       )
       SELECT p.id, p.code, p.title, p.status, p.category_id AS "categoryId", p.submitted_at AS "submittedAt",
              coalesce(p.search_terms, '') AS "searchTerms", similarity(p.title, $2) AS "titleSimilarity"
         FROM pool p
        ORDER BY coalesce(ts_rank(p.search_vector, to_tsquery('simple', $1)), 0) + similarity(p.title, $2) DESC, p.submitted_at DESC
        LIMIT ${CANDIDATE_LIMIT}`,
      [orQuery(search.terms), search.title, `${search.areaPath}%`, scope.length ? scope : ['\u0000'], search.excludeId ?? null],
    );
  }
}
