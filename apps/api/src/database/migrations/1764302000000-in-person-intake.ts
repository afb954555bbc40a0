import type { MigrationInterface, QueryRunner } from 'typeorm';

/** libs/workflow's HOUR_BAND_EDGES as they were when this migration was written (as in 1764301400000). */
const BAND_EDGES = [
  0.25, 0.5, 0.75, 1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 18, 20, 22, 24, 27, 30, 33, 36, 42, 48, 54, 60, 72, 84, 96, 108, 120, 144, 168, 192, 216, 240, 264, 288, 336,
  384, 432, 480, 540, 600, 672, 744, 840, 1008, 1176, 1344, 1680, 2016, 2520, 3360, 4320, 8760,
];
const BANDS = Array.from({ length: BAND_EDGES.length + 1 }, (_band, i) => i);
const BAND_COLUMNS = [...BANDS.map((i) => `response_band_${i}`), ...BANDS.map((i) => `resolve_band_${i}`)];
const bandPredicate = (column: string): string => column.replace(/^(response|resolve)_band_(\d+)$/, 'c.$1_band = $2');

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
const CHANNELS = ['online', 'visit', 'phone', 'letter', 'walk_in', 'forum'];

/** 1764301400000's upsert with the channel in the key. */
const upsert = (table: string, day: string): string => `
  INSERT INTO ${table} AS f (handling_unit_id, day, category_id, channel, ${[...COUNT_COLUMNS, ...BAND_COLUMNS].join(', ')})
  SELECT c.handling_unit_id, ${day}, c.category_id, c.channel,
         ${[...COUNT_COLUMNS.map((column) => COUNTED[column]), ...BAND_COLUMNS.map(bandPredicate)].map((where) => `COALESCE(sum(c.sign) FILTER (WHERE ${where}), 0)`).join(',\n         ')}
    FROM (SELECT u.*,
                 CASE WHEN u.responded_at IS NOT NULL THEN width_bucket(EXTRACT(EPOCH FROM u.responded_at - u.submitted_at) / 3600, '{${BAND_EDGES.join(',')}}'::numeric[]) END AS response_band,
                 CASE WHEN u.resolved_at IS NOT NULL AND u.accepted_at IS NOT NULL
                      THEN width_bucket(EXTRACT(EPOCH FROM u.resolved_at - u.accepted_at) / 3600, '{${BAND_EDGES.join(',')}}'::numeric[]) END AS resolve_band
            FROM unnest(changes) u) c
   WHERE c.status <> 'withdrawn' AND c.excluded_at IS NULL
   GROUP BY 1, 2, 3, 4
   ORDER BY 1, 2, 3, 4
  ON CONFLICT (handling_unit_id, day, category_id, channel) DO UPDATE SET
    ${[...COUNT_COLUMNS, ...BAND_COLUMNS].map((column) => `${column} = f.${column} + EXCLUDED.${column}`).join(',\n    ')}`;

/** The rollup trigger functions of 1764301400000, each change carrying the request's channel (`withChannel`) or not. */
async function triggerFunctions(runner: QueryRunner, withChannel: boolean): Promise<void> {
  const change = (sign: string, row: string, answer: string) => `
      ROW(${sign}, ${row}.handling_unit_id, ${row}.category_id, ${row}.submitted_at, ${row}.status, ${row}.excluded_at,
          ${row}.accepted_at, ${row}.responded_at, ${row}.response_due_at, ${row}.resolved_at, ${row}.resolution_due_at,
          ${row}.reopen_count, ${answer}.resolved, ${answer}.satisfaction${withChannel ? `, ${row}.channel` : ''})::figure_change`;
  const latestAnswer = (row: string, except = 'false') => `
      LEFT JOIN LATERAL (
        SELECT a.resolved, a.satisfaction FROM request_answer a
         WHERE a.request_id = ${row}.id AND NOT (${except})
         ORDER BY a.answered_at DESC, a.id DESC LIMIT 1
      ) la ON true`;
  const figureColumns = `handling_unit_id, category_id, submitted_at, status, excluded_at, accepted_at, responded_at,
      response_due_at, resolved_at, resolution_due_at, reopen_count${withChannel ? ', channel' : ''}`;
  await runner.query(`
    CREATE OR REPLACE FUNCTION request_figures_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM figure_rollup_apply(ARRAY(SELECT ${change('1', 'n', 'la')} FROM new_rows n ${latestAnswer('n')}));
      RETURN NULL;
    END $$`);
  await runner.query(`
    CREATE OR REPLACE FUNCTION request_figures_updated() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM figure_rollup_apply(ARRAY(
        SELECT ${change('-1', 'o', 'la')} FROM old_rows o JOIN new_rows n ON n.id = o.id ${latestAnswer('o')}
         WHERE (${figureColumns.replace(/(\w+)/g, 'o.$1')}) IS DISTINCT FROM (${figureColumns.replace(/(\w+)/g, 'n.$1')})
        UNION ALL
        SELECT ${change('1', 'n', 'la')} FROM old_rows o JOIN new_rows n ON n.id = o.id ${latestAnswer('n')}
         WHERE (${figureColumns.replace(/(\w+)/g, 'o.$1')}) IS DISTINCT FROM (${figureColumns.replace(/(\w+)/g, 'n.$1')})));
      RETURN NULL;
    END $$`);
  await runner.query(`
    CREATE OR REPLACE FUNCTION request_answer_figures() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      PERFORM figure_rollup_apply(ARRAY(
        SELECT ${change('-1', 'r', 'la')} FROM request r ${latestAnswer('r', 'a.id IN (SELECT id FROM new_answers)')}
         WHERE r.id IN (SELECT request_id FROM new_answers)
        UNION ALL
        SELECT ${change('1', 'r', 'la')} FROM request r ${latestAnswer('r')}
         WHERE r.id IN (SELECT request_id FROM new_answers)));
      RETURN NULL;
    END $$`);
}

/**
 * 代为登记 (requests taken in person) and the channel as a dimension of every figure.
 *
 * `request.channel` says where a request came from: `online` (the worker, or the QR page; every request so far) or
 * how a cadre took it — `visit` 走访, `phone` 来电 (12351 too), `letter` 来信, `walk_in` 来访, `forum` 座谈会 —,
 * with the China day it was heard (`heard_on`) and the cadre who recorded it (`taken_by_id`). A named requester without
 * an account keeps their name (`requester_name`) and an HMAC of their mobile number (`requester_phone_hash`, the number
 * itself only in the sealed contact), by which the request finds their account when they sign in.
 *
 * The figure rollups (`request_figure_day`, `request_figure_month`) gain the channel as a fourth key column, so the
 * dashboard breaks every figure down by channel from the rollups, like by unit or category. Every request so far is
 * online, which the new column's default says of the rows already there.
 */
export class InPersonIntake1764302000000 implements MigrationInterface {
  name = 'InPersonIntake1764302000000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE request
        ADD COLUMN channel text NOT NULL DEFAULT 'online' CHECK (channel IN (${CHANNELS.map((c) => `'${c}'`).join(', ')})),
        ADD COLUMN heard_on date,
        ADD COLUMN taken_by_id uuid REFERENCES app_user(id),
        ADD COLUMN requester_name text CHECK (char_length(requester_name) BETWEEN 1 AND 40),
        ADD COLUMN requester_phone_hash text,
        ADD CONSTRAINT request_in_person CHECK ((channel = 'online') = (heard_on IS NULL) AND (channel = 'online') = (taken_by_id IS NULL)),
        ADD CONSTRAINT request_in_person_requester CHECK (
          (requester_name IS NULL AND requester_phone_hash IS NULL) OR (channel <> 'online' AND NOT anonymous))`);
    // Signing in looks for the in-person requests still waiting for their requester's account.
    await runner.query(`CREATE INDEX request_unclaimed_phone ON request (requester_phone_hash) WHERE requester_phone_hash IS NOT NULL AND requester_id IS NULL`);

    for (const table of ['request_figure_day', 'request_figure_month']) {
      await runner.query(`ALTER TABLE ${table} ADD COLUMN channel text NOT NULL DEFAULT 'online'`);
      await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, ADD PRIMARY KEY (handling_unit_id, day, category_id, channel)`);
      await runner.query(`ALTER TABLE ${table} ALTER COLUMN channel DROP DEFAULT`);
    }
    await runner.query(`ALTER TYPE figure_change ADD ATTRIBUTE channel text`);
    await runner.query(`
      CREATE OR REPLACE FUNCTION figure_rollup_apply(changes figure_change[]) RETURNS void LANGUAGE sql AS $$
        ${upsert('request_figure_day', 'figure_day(c.submitted_at)')};
        ${upsert('request_figure_month', `date_trunc('month', figure_day(c.submitted_at))::date`)};
      $$`);
    await triggerFunctions(runner, true);
  }

  async down(runner: QueryRunner): Promise<void> {
    // Back to one row per unit × day × category: the channels' rows summed.
    await triggerFunctions(runner, false);
    const columns = [...COUNT_COLUMNS, ...BAND_COLUMNS];
    for (const table of ['request_figure_day', 'request_figure_month']) {
      await runner.query(`CREATE TEMPORARY TABLE rollup_sum ON COMMIT DROP AS
        SELECT handling_unit_id, day, category_id, ${columns.map((column) => `sum(${column})::int AS ${column}`).join(', ')}
          FROM ${table} GROUP BY 1, 2, 3`);
      await runner.query(`DELETE FROM ${table}`);
      await runner.query(`ALTER TABLE ${table} DROP CONSTRAINT ${table}_pkey, DROP COLUMN channel, ADD PRIMARY KEY (handling_unit_id, day, category_id)`);
      await runner.query(`INSERT INTO ${table} (handling_unit_id, day, category_id, ${columns.join(', ')}) SELECT * FROM rollup_sum`);
      await runner.query(`DROP TABLE rollup_sum`);
    }
    await runner.query(`DROP FUNCTION figure_rollup_apply`);
    await runner.query(`ALTER TYPE figure_change DROP ATTRIBUTE channel`);
    const downUpsert = (table: string, day: string) =>
      upsert(table, day)
        .replace(', channel,', ',')
        .replace(', c.category_id, c.channel,', ', c.category_id,')
        .replace('GROUP BY 1, 2, 3, 4', 'GROUP BY 1, 2, 3')
        .replace('ORDER BY 1, 2, 3, 4', 'ORDER BY 1, 2, 3')
        .replace('(handling_unit_id, day, category_id, channel) DO', '(handling_unit_id, day, category_id) DO');
    await runner.query(`
      CREATE FUNCTION figure_rollup_apply(changes figure_change[]) RETURNS void LANGUAGE sql AS $$
        ${downUpsert('request_figure_day', 'figure_day(c.submitted_at)')};
        ${downUpsert('request_figure_month', `date_trunc('month', figure_day(c.submitted_at))::date`)};
      $$`);
    await runner.query(`DROP INDEX request_unclaimed_phone`);
    await runner.query(`
      ALTER TABLE request
        DROP CONSTRAINT request_in_person_requester,
        DROP CONSTRAINT request_in_person,
        DROP COLUMN requester_phone_hash,
        DROP COLUMN requester_name,
        DROP COLUMN taken_by_id,
        DROP COLUMN heard_on,
        DROP COLUMN channel`);
  }
}
