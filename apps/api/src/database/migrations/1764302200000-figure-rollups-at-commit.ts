import type { MigrationInterface, QueryRunner } from 'typeorm';

/** libs/workflow's HOUR_BAND_EDGES as they were when this migration was written (as in 1764301400000). */
const BAND_EDGES = [
  0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48, 54, 60, 72, 84, 96, 108, 120, 144, 168, 192, 216, 240, 264, 288, 336,
  384, 432, 480, 540, 600, 672, 744, 840, 1008, 1176, 1344, 1680, 2016, 2520, 3360, 4320, 8760,
];
const BANDS = Array.from({ length: BAND_EDGES.length + 1 }, (_band, i) => i);
const BAND_COLUMNS = [...BANDS.map((i) => `response_band_${i}`), ...BANDS.map((i) => `resolve_band_${i}`)];

/** The settled parts of the figure sets (unchanged from 1764301400000). */
const ACCEPTED = `c.accepted_at IS NOT NULL AND c.status <> 'merged'`;
const COUNTED: Record<string, string> = {
  requests: `true`,
  responded_on_time: `c.responded_at <= c.response_due_at`,
  responded: `c.responded_at IS NOT NULL`,
  resolved_on_time: `${ACCEPTED} AND c.resolved_at <= c.resolution_due_at`,
  accepted_resolved: `${ACCEPTED} AND c.resolved_at IS NOT NULL`,
  answered: `c.la_resolved IS NOT NULL`,
  answered_resolved: `c.la_resolved = 'resolved'`,
  answered_partly: `c.la_resolved = 'partly'`,
  answered_satisfied: `c.la_satisfaction = 'satisfied'`,
  answered_basically_satisfied: `c.la_satisfaction = 'basically_satisfied'`,
  resolved_or_closed: `c.status IN ('resolved', 'closed') OR c.la_resolved IS NOT NULL`,
  resolved_late: `${ACCEPTED} AND c.resolved_at > c.resolution_due_at`,
  accepted: ACCEPTED,
  reopened: `c.reopen_count > 0`,
  backlog: `c.status IN ('submitted', 'accepted', 'in_progress', 'in_project')`,
};
const COUNT_COLUMNS = Object.keys(COUNTED);
const COLUMNS = [...COUNT_COLUMNS, ...BAND_COLUMNS];
const EDGES = `'{${BAND_EDGES.join(',')}}'::numeric[]`;
/** How many rows (slots) each unit × day × category × channel may have in a rollup table; readers sum them. */
const SLOTS = 4;

/** 1764302000000's upsert, into the slot of the committing backend (`slot`). */
const upsert = (table: string, day: string, slot: string): string => `
  INSERT INTO ${table} AS f (handling_unit_id, day, category_id, channel, slot, ${COLUMNS.join(', ')})
  SELECT c.handling_unit_id, ${day}, c.category_id, c.channel, ${slot},
         ${[...COUNT_COLUMNS.map((column) => COUNTED[column]), ...BAND_COLUMNS.map((column) => column.replace(/^(response|resolve)_band_(\d+)$/, 'c.$1_band = $2'))].map((where) => `COALESCE(sum(c.sign) FILTER (WHERE ${where}), 0)`).join(',\n         ')}
    FROM (SELECT u.*,
                 CASE WHEN u.responded_at IS NOT NULL THEN width_bucket(EXTRACT(EPOCH FROM u.responded_at - u.submitted_at) / 3600, ${EDGES}) END AS response_band,
                 CASE WHEN u.resolved_at IS NOT NULL AND u.accepted_at IS NOT NULL
                      THEN width_bucket(EXTRACT(EPOCH FROM u.resolved_at - u.accepted_at) / 3600, ${EDGES}) END AS resolve_band
            FROM unnest(changes) u) c
   WHERE c.status <> 'withdrawn' AND c.excluded_at IS NULL
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (handling_unit_id, day, category_id, channel, slot) DO UPDATE SET
    ${COLUMNS.map((column) => `${column} = f.${column} + EXCLUDED.${column}`).join(',\n    ')}`;

/** 1764302000000's upsert again (no slot). */
const downUpsert = (table: string, day: string): string =>
  upsert(table, day, '0').replace(', channel, slot,', ', channel,').replace(', c.channel, 0,', ', c.channel,').replace('channel, slot) DO', 'channel) DO');

/** The statement-level trigger functions of 1764302000000 (`apply` = what is done with the statement's changes). */
async function triggerFunctions(runner: QueryRunner, apply: (changes: string) => string): Promise<void> {
  const change = (sign: string, row: string, answer: string) => `
      ROW(${sign}, ${row}.handling_unit_id, ${row}.category_id, ${row}.submitted_at, ${row}.status, ${row}.excluded_at,
          ${row}.accepted_at, ${row}.responded_at, ${row}.response_due_at, ${row}.resolved_at, ${row}.resolution_due_at,
          ${row}.reopen_count, ${answer}.resolved, ${answer}.satisfaction, ${row}.channel)::figure_change`;
  const latestAnswer = (row: string, except = 'false') => `
      LEFT JOIN LATERAL (
        SELECT a.resolved, a.satisfaction FROM request_answer a
         WHERE a.request_id = ${row}.id AND NOT (${except})
         ORDER BY a.answered_at DESC, a.id DESC LIMIT 1
      ) la ON true`;
  const figureColumns = `handling_unit_id, category_id, submitted_at, status, excluded_at, accepted_at, responded_at,
      response_due_at, resolved_at, resolution_due_at, reopen_count, channel`;
  await runner.query(`
    CREATE OR REPLACE FUNCTION request_figures_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${apply(`ARRAY(SELECT ${change('1', 'n', 'la')} FROM new_rows n ${latestAnswer('n')})`)};
      RETURN NULL;
    END $$`);
  await runner.query(`
    CREATE OR REPLACE FUNCTION request_figures_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${apply(`ARRAY(
        SELECT ${change('-1', 'o', 'la')} FROM old_rows o JOIN new_rows n ON n.id = o.id ${latestAnswer('o')}
         WHERE (${figureColumns.replace(/(\w+)/g, 'o.$1')}) IS DISTINCT FROM (${figureColumns.replace(/(\w+)/g, 'n.$1')})
        UNION ALL
        SELECT ${change('1', 'n', 'la')} FROM old_rows o JOIN new_rows n ON n.id = o.id ${latestAnswer('n')}
         WHERE (${figureColumns.replace(/(\w+)/g, 'o.$1')}) IS DISTINCT FROM (${figureColumns.replace(/(\w+)/g, 'n.$1')}))`)};
      RETURN NULL;
    END $$`);
  await runner.query(`
    CREATE OR REPLACE FUNCTION request_answer_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      ${apply(`ARRAY(
        SELECT ${change('-1', 'r', 'la')} FROM request r ${latestAnswer('r', 'a.id IN (SELECT id FROM new_answers)')}
         WHERE r.id IN (SELECT request_id FROM new_answers)
        UNION ALL
        SELECT ${change('1', 'r', 'la')} FROM request r ${latestAnswer('r')}
         WHERE r.id IN (SELECT request_id FROM new_answers))`)};
      RETURN NULL;
    END $$`);
}

/**
 * The figure rollups are added to when the transaction commits, not when the statement runs.
 *
 * Until now each statement's trigger upserted `request_figure_day`/`_month` at once, so a submission locked its
 * unit × category × channel × day row from its INSERT to its COMMIT, across the idempotency record, the search terms
 * and every round trip between: fifty submitters into one unit queued on that row (about 55/s, median 0.9 s). Now the
 * statement triggers still work out the changes as the statement leaves them (same -1/+1 rows, same latest answer),
 * but only park them in `request_figure_pending` (unlogged: a parked row never outlives its transaction); a
 * DEFERRABLE INITIALLY DEFERRED constraint trigger on that table folds all of the transaction's parked changes in one
 * `figure_rollup_apply` (rows in key order, so two committers never deadlock) just before the commit, so the rollup
 * row is held only from there to the end of the commit. And each key may have up to SLOTS rows (`slot`, the committing
 * backend's pid modulo SLOTS), so committers on different connections mostly update different rows. Readers are
 * unchanged (they already sum the rows of a period, now of its slots too): the parked rows are never visible to
 * another transaction, and the rollups are exact at every commit.
 *
 * `figure_rollups_rebuild()` recounts both rollups from the requests in one pass (a bulk load with the rollup
 * triggers off, e.g. the benchmark's million requests, then calls it in the same transaction).
 */
export class FigureRollupsAtCommit1764302200000 implements MigrationInterface {
  name = 'FigureRollupsAtCommit1764302200000';

  async up(runner: QueryRunner): Promise<void> {
    // Slots: committers into one key on different connections mostly update different rows.
    for (const table of ['request_figure_day', 'request_figure_month']) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN slot smallint NOT NULL DEFAULT 0 CHECK (slot >= 0 AND slot < ${SLOTS})`);
      await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD PRIMARY KEY (handling_unit_id, day, category_id, channel, slot)`);
    }
    await runner.query(`
      CREATE OR REPLACE FUNCTION figure_rollup_apply(changes figure_change[]) RETURNS void LANGUAGE sql AS $$
        ${upsert('request_figure_day', 'figure_day(c.submitted_at)', `pg_backend_pid() % ${SLOTS}`)};
        ${upsert('request_figure_month', `date_trunc('month', figure_day(c.submitted_at))::date`, `pg_backend_pid() % ${SLOTS}`)};
      $$`);
    await runner.query(`
      CREATE UNLOGGED TABLE request_figure_pending (
        xact xid8 NOT NULL DEFAULT pg_current_xact_id(),
        changes figure_change[] NOT NULL
      )`);
    await runner.query(`CREATE INDEX request_figure_pending_xact ON request_figure_pending (xact)`);
    // The transaction's parked changes, all at once: the first firing takes them all, later ones find none.
    await runner.query(`
      CREATE FUNCTION request_figure_pending_fold() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        parked figure_change[];
      BEGIN
        WITH p AS (DELETE FROM request_figure_pending WHERE xact = pg_current_xact_id() RETURNING changes)
        SELECT array_agg(ROW(c.*)::figure_change) INTO parked FROM p, unnest(p.changes) c;
        IF parked IS NOT NULL THEN
          PERFORM figure_rollup_apply(parked);
        END IF;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE CONSTRAINT TRIGGER request_figure_pending_fold AFTER INSERT ON request_figure_pending
        DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION request_figure_pending_fold()`);
    await triggerFunctions(
      runner,
      (changes) => `
      INSERT INTO request_figure_pending (changes) SELECT c FROM (SELECT ${changes} AS c) s WHERE cardinality(s.c) > 0`,
    );

    // The whole rollups from the requests, in one pass: days from the requests with their latest answers, months from the days.
    // In float8, faster than the triggers' numeric and the same bands: every edge is a multiple of 0.25 h, exact in
    // binary, and durations are whole microseconds, never within a rounding of an edge without being on it.
    const bandOf = (interval: string) => `width_bucket(date_part('epoch', ${interval}) / 3600, '{${BAND_EDGES.join(',')}}'::float8[])`;
    await runner.query(`
      CREATE FUNCTION figure_rollups_rebuild() RETURNS void LANGUAGE plpgsql AS $$
      BEGIN
        LOCK TABLE request, request_answer IN SHARE MODE;
        DELETE FROM request_figure_month;
        DELETE FROM request_figure_day;
        INSERT INTO request_figure_day (handling_unit_id, day, category_id, channel, ${COLUMNS.join(', ')})
        SELECT c.handling_unit_id, figure_day(c.submitted_at), c.category_id, c.channel,
               ${[...COUNT_COLUMNS.map((column) => `count(*) FILTER (WHERE ${COUNTED[column]})`), ...BAND_COLUMNS.map((column) => `count(*) FILTER (WHERE ${column.replace(/^(response|resolve)_band_(\d+)$/, 'c.$1_band = $2')})`)].join(',\n               ')}
          FROM (SELECT r.*, la.resolved AS la_resolved, la.satisfaction AS la_satisfaction,
                       CASE WHEN r.responded_at IS NOT NULL THEN ${bandOf('r.responded_at - r.submitted_at')} END AS response_band,
                       CASE WHEN r.resolved_at IS NOT NULL AND r.accepted_at IS NOT NULL THEN ${bandOf('r.resolved_at - r.accepted_at')} END AS resolve_band
                  FROM request r
                  LEFT JOIN (SELECT DISTINCT ON (a.request_id) a.request_id, a.resolved, a.satisfaction FROM request_answer a
                              ORDER BY a.request_id, a.answered_at DESC, a.id DESC) la ON la.request_id = r.id
                 WHERE r.status <> 'withdrawn' AND r.excluded_at IS NULL) c
         GROUP BY 1, 2, 3, 4;
        INSERT INTO request_figure_month (handling_unit_id, day, category_id, channel, ${COLUMNS.join(', ')})
        SELECT handling_unit_id, date_trunc('month', day)::date, category_id, channel, ${COLUMNS.map((column) => `sum(${column})`).join(', ')}
          FROM request_figure_day GROUP BY 1, 2, 3, 4;
      END $$`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP FUNCTION figure_rollups_rebuild`);
    await triggerFunctions(runner, (changes) => `PERFORM figure_rollup_apply(${changes})`);
    await runner.query(`DROP TRIGGER request_figure_pending_fold ON request_figure_pending`);
    await runner.query(`DROP FUNCTION request_figure_pending_fold`);
    await runner.query(`DROP TABLE request_figure_pending`);
    // Back to one row per key: the slots summed into slot 0.
    for (const table of ['request_figure_day', 'request_figure_month']) {
      await runner.query(`CREATE TEMPORARY TABLE rollup_sum ON COMMIT DROP AS
        SELECT handling_unit_id, day, category_id, channel, ${COLUMNS.map((column) => `sum(${column})::int AS ${column}`).join(', ')}
          FROM ${table} GROUP BY 1, 2, 3, 4`);
      await runner.query(`DELETE FROM ${table}`);
      await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, DROP COLUMN slot, ADD PRIMARY KEY (handling_unit_id, day, category_id, channel)`);
      await runner.query(`INSERT INTO ${table} (handling_unit_id, day, category_id, channel, ${COLUMNS.join(', ')}) SELECT * FROM rollup_sum`);
      await runner.query(`DROP TABLE rollup_sum`);
    }
    await runner.query(`
      CREATE OR REPLACE FUNCTION figure_rollup_apply(changes figure_change[]) RETURNS void LANGUAGE sql AS $$
        ${downUpsert('request_figure_day', 'figure_day(c.submitted_at)')};
        ${downUpsert('request_figure_month', `date_trunc('month', figure_day(c.submitted_at))::date`)};
      $$`);
  }
}
