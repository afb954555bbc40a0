import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 评估问效 rollups: the dashboard reads per-day sums instead of scanning requests.
 *
 * `request_figure_day` holds, per handling unit × category × China day of submission, how many requests are in each
 * figure set that time alone cannot change (the "settled" parts, see figure-predicates.ts ROLLUP_COUNTS).
 * `request_hours_day` holds the medians' samples as histograms in tenths of an hour (the precision the dashboard shows).
 * Statement-level triggers keep both current in the same transaction as every change to a request or a new answer,
 * whichever code path makes it; the three sets that grow as clocks run out are counted live over the open rows
 * (`request_figures_open`). Requests are never deleted (withdrawn is a status) and answers are append-only, so those
 * two deletions are refused rather than rolled up.
 */
export class FigureRollups1764301400000 implements MigrationInterface {
  name = 'FigureRollups1764301400000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      CREATE TABLE request_figure_day (
        handling_unit_id uuid NOT NULL REFERENCES org_unit(id),
        day date NOT NULL,
        category_id uuid NOT NULL REFERENCES category(id),
        responded_on_time integer NOT NULL DEFAULT 0,
        responded integer NOT NULL DEFAULT 0,
        resolved_on_time integer NOT NULL DEFAULT 0,
        accepted_resolved integer NOT NULL DEFAULT 0,
        answered integer NOT NULL DEFAULT 0,
        answered_resolved integer NOT NULL DEFAULT 0,
        answered_partly integer NOT NULL DEFAULT 0,
        answered_satisfied integer NOT NULL DEFAULT 0,
        answered_basically_satisfied integer NOT NULL DEFAULT 0,
        resolved_or_closed integer NOT NULL DEFAULT 0,
        resolved_late integer NOT NULL DEFAULT 0,
        accepted integer NOT NULL DEFAULT 0,
        reopened integer NOT NULL DEFAULT 0,
        backlog integer NOT NULL DEFAULT 0,
        PRIMARY KEY (handling_unit_id, day, category_id)
      )`);
    await runner.query(`
      CREATE TABLE request_hours_day (
        handling_unit_id uuid NOT NULL REFERENCES org_unit(id),
        day date NOT NULL,
        category_id uuid NOT NULL REFERENCES category(id),
        kind text NOT NULL CHECK (kind IN ('response', 'resolve')),
        tenths integer NOT NULL,
        n integer NOT NULL,
        PRIMARY KEY (handling_unit_id, day, category_id, kind, tenths)
      )`);

    // One change to the figures: a request's columns the figures read and its latest answer, counted +1 or -1.
    await runner.query(`
      CREATE TYPE figure_change AS (
        sign integer, handling_unit_id uuid, category_id uuid, submitted_at timestamptz, status text, excluded_at timestamptz,
        accepted_at timestamptz, responded_at timestamptz, response_due_at timestamptz, resolved_at timestamptz,
        resolution_due_at timestamptz, reopen_count integer, la_resolved text, la_satisfaction text
      )`);
    // The China day (UTC+8, no daylight saving) a request was submitted on.
    await runner.query(`
      CREATE FUNCTION figure_day(at timestamptz) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE
      AS $$ SELECT ((at AT TIME ZONE 'UTC') + interval '8 hours')::date $$`);
    // The settled parts of the figure sets, written once: each column is a FIGURE_SETS predicate with the parts that
    // depend on the current time taken out (figure-predicates.ts says which, and the tests compare the two).
    await runner.query(`
      CREATE FUNCTION figure_rollup_apply(changes figure_change[]) RETURNS void LANGUAGE sql AS $$
        INSERT INTO request_figure_day AS f (handling_unit_id, day, category_id, responded_on_time, responded, resolved_on_time,
               accepted_resolved, answered, answered_resolved, answered_partly, answered_satisfied, answered_basically_satisfied,
               resolved_or_closed, resolved_late, accepted, reopened, backlog)
        SELECT c.handling_unit_id, figure_day(c.submitted_at), c.category_id,
               COALESCE(sum(c.sign) FILTER (WHERE c.responded_at <= c.response_due_at), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.responded_at IS NOT NULL), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.accepted_at IS NOT NULL AND c.status <> 'merged' AND c.resolved_at <= c.resolution_due_at), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.accepted_at IS NOT NULL AND c.status <> 'merged' AND c.resolved_at IS NOT NULL), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.la_resolved IS NOT NULL), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.la_resolved = 'resolved'), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.la_resolved = 'partly'), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.la_satisfaction = 'satisfied'), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.la_satisfaction = 'basically_satisfied'), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.status IN ('resolved', 'closed') OR c.la_resolved IS NOT NULL), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.accepted_at IS NOT NULL AND c.status <> 'merged' AND c.resolved_at > c.resolution_due_at), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.accepted_at IS NOT NULL AND c.status <> 'merged'), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.reopen_count > 0), 0),
               COALESCE(sum(c.sign) FILTER (WHERE c.status IN ('submitted', 'accepted', 'in_progress', 'in_project')), 0)
          FROM unnest(changes) c
         WHERE c.status <> 'withdrawn' AND c.excluded_at IS NULL
         GROUP BY 1, 2, 3
         ORDER BY 1, 2, 3
        ON CONFLICT (handling_unit_id, day, category_id) DO UPDATE SET
          responded_on_time = f.responded_on_time + EXCLUDED.responded_on_time,
          responded = f.responded + EXCLUDED.responded,
          resolved_on_time = f.resolved_on_time + EXCLUDED.resolved_on_time,
          accepted_resolved = f.accepted_resolved + EXCLUDED.accepted_resolved,
          answered = f.answered + EXCLUDED.answered,
          answered_resolved = f.answered_resolved + EXCLUDED.answered_resolved,
          answered_partly = f.answered_partly + EXCLUDED.answered_partly,
          answered_satisfied = f.answered_satisfied + EXCLUDED.answered_satisfied,
          answered_basically_satisfied = f.answered_basically_satisfied + EXCLUDED.answered_basically_satisfied,
          resolved_or_closed = f.resolved_or_closed + EXCLUDED.resolved_or_closed,
          resolved_late = f.resolved_late + EXCLUDED.resolved_late,
          accepted = f.accepted + EXCLUDED.accepted,
          reopened = f.reopened + EXCLUDED.reopened,
          backlog = f.backlog + EXCLUDED.backlog;

        INSERT INTO request_hours_day AS h (handling_unit_id, day, category_id, kind, tenths, n)
        SELECT s.handling_unit_id, figure_day(s.submitted_at), s.category_id, s.kind, s.tenths, sum(s.sign)
          FROM (SELECT c.*, 'response' AS kind, round(EXTRACT(EPOCH FROM c.responded_at - c.submitted_at) / 360)::integer AS tenths
                  FROM unnest(changes) c WHERE c.responded_at IS NOT NULL
                UNION ALL
                SELECT c.*, 'resolve', round(EXTRACT(EPOCH FROM c.resolved_at - c.accepted_at) / 360)::integer
                  FROM unnest(changes) c WHERE c.resolved_at IS NOT NULL AND c.accepted_at IS NOT NULL) s
         WHERE s.status <> 'withdrawn' AND s.excluded_at IS NULL
         GROUP BY 1, 2, 3, 4, 5
        HAVING sum(s.sign) <> 0
         ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (handling_unit_id, day, category_id, kind, tenths) DO UPDATE SET n = h.n + EXCLUDED.n;
      $$`);

    // A request row (as a transition table row) with a latest answer, as a change.
    const change = (sign: string, row: string, answer: string) => `
      ROW(${sign}, ${row}.handling_unit_id, ${row}.category_id, ${row}.submitted_at, ${row}.status, ${row}.excluded_at,
          ${row}.accepted_at, ${row}.responded_at, ${row}.response_due_at, ${row}.resolved_at, ${row}.resolution_due_at,
          ${row}.reopen_count, ${answer}.resolved, ${answer}.satisfaction)::figure_change`;
    const latestAnswer = (row: string, except = 'false') => `
      LEFT JOIN LATERAL (
        SELECT a.resolved, a.satisfaction FROM request_answer a
         WHERE a.request_id = ${row}.id AND NOT (${except})
         ORDER BY a.answered_at DESC, a.id DESC LIMIT 1
      ) la ON true`;
    const figureColumns = `handling_unit_id, category_id, submitted_at, status, excluded_at, accepted_at, responded_at,
      response_due_at, resolved_at, resolution_due_at, reopen_count`;

    await runner.query(`
      CREATE FUNCTION request_figures_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM figure_rollup_apply(ARRAY(SELECT ${change('1', 'n', 'la')} FROM new_rows n ${latestAnswer('n')}));
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE FUNCTION request_figures_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM figure_rollup_apply(ARRAY(
          SELECT ${change('-1', 'o', 'la')} FROM old_rows o JOIN new_rows n ON n.id = o.id ${latestAnswer('o')}
           WHERE (${figureColumns.replace(/(\w+)/g, 'o.$1')}) IS DISTINCT FROM (${figureColumns.replace(/(\w+)/g, 'n.$1')})
          UNION ALL
          SELECT ${change('1', 'n', 'la')} FROM old_rows o JOIN new_rows n ON n.id = o.id ${latestAnswer('n')}
           WHERE (${figureColumns.replace(/(\w+)/g, 'o.$1')}) IS DISTINCT FROM (${figureColumns.replace(/(\w+)/g, 'n.$1')})));
        RETURN NULL;
      END $$`);
    // A new answer replaces the request's latest: out with the request as it was counted, in with the new answer.
    await runner.query(`
      CREATE FUNCTION request_answer_figures() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM figure_rollup_apply(ARRAY(
          SELECT ${change('-1', 'r', 'la')} FROM request r ${latestAnswer('r', 'a.id IN (SELECT id FROM new_answers)')}
           WHERE r.id IN (SELECT request_id FROM new_answers)
          UNION ALL
          SELECT ${change('1', 'r', 'la')} FROM request r ${latestAnswer('r')}
           WHERE r.id IN (SELECT request_id FROM new_answers)));
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE FUNCTION figure_rows_kept() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% rows are kept for the figures: % is refused', TG_TABLE_NAME, TG_OP;
      END $$`);

    await runner.query(`CREATE TRIGGER request_figures_inserted AFTER INSERT ON request REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION request_figures_inserted()`);
    await runner.query(`CREATE TRIGGER request_figures_updated AFTER UPDATE ON request REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION request_figures_updated()`);
    await runner.query(`CREATE TRIGGER request_answer_figures AFTER INSERT ON request_answer REFERENCING NEW TABLE AS new_answers FOR EACH STATEMENT EXECUTE FUNCTION request_answer_figures()`);
    await runner.query(`CREATE TRIGGER request_kept BEFORE DELETE ON request FOR EACH ROW EXECUTE FUNCTION figure_rows_kept()`);
    await runner.query(`CREATE TRIGGER request_answer_kept BEFORE UPDATE OR DELETE ON request_answer FOR EACH ROW EXECUTE FUNCTION figure_rows_kept()`);

    // The requests already there.
    await runner.query(`SELECT figure_rollup_apply(ARRAY(SELECT ${change('1', 'r', 'la')} FROM request r ${latestAnswer('r')}))`);

    // The live part: rows whose response or resolution clock is still running (ROLLUP_COUNTS' OPEN_ROWS).
    await runner.query(`
      CREATE INDEX request_figures_open ON request (handling_unit_id, submitted_at)
        INCLUDE (status, category_id, response_due_at, accepted_at, resolution_due_at)
        WHERE status <> 'withdrawn' AND excluded_at IS NULL AND (responded_at IS NULL OR (accepted_at IS NOT NULL AND resolved_at IS NULL))`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP INDEX request_figures_open`);
    await runner.query(`DROP TRIGGER request_answer_kept ON request_answer`);
    await runner.query(`DROP TRIGGER request_kept ON request`);
    await runner.query(`DROP TRIGGER request_answer_figures ON request_answer`);
    await runner.query(`DROP TRIGGER request_figures_updated ON request`);
    await runner.query(`DROP TRIGGER request_figures_inserted ON request`);
    for (const fn of ['figure_rows_kept', 'request_answer_figures', 'request_figures_updated', 'request_figures_inserted', 'figure_rollup_apply', 'figure_day']) {
      await runner.query(`DROP FUNCTION ${fn}`);
    }
    await runner.query(`DROP TYPE figure_change`);
    await runner.query(`DROP TABLE request_hours_day`);
    await runner.query(`DROP TABLE request_figure_day`);
  }
}
