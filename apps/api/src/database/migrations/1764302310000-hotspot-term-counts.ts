import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A request's words count in the hotspots while it is neither withdrawn nor excluded (the dashboard's period rows). */
const COUNTED = (row: string) => `(${row}.status <> 'withdrawn' AND ${row}.excluded_at IS NULL)`;

/**
 * 高频词 counted as they are kept: `hotspot_term_day` (and `hotspot_term_month`, the month's first day) hold, per
 * handling unit × China day of submission × term, how many counted requests use the term, so a period's terms are
 * read from a few thousand rows instead of the period's requests.
 *
 * - `request_hotspot_terms` carries its request's unit, day and whether it counts (kept by `hotspot_terms_follow`
 *   when a request is transferred, withdrawn or excluded), so each change of it is a change of the counts by itself:
 *   statement triggers add the new rows' terms and take the old rows' away, sorted (no deadlock between two fills).
 * - `hotspot_terms_pending` lists the requests whose terms are still to be worked out (jieba, in the API, when a
 *   dashboard needs the period: hotspot-terms.service.ts), by unit and submission, so finding them reads no history.
 *   Every new request joins it (statement trigger); a bulk load that turns triggers off calls
 *   `hotspot_terms_enqueue_missing()` afterwards. A new rule version (HOTSPOT_TERMS_VERSION) enqueues every request.
 */
export class HotspotTermCounts1764302310000 implements MigrationInterface {
  name = 'HotspotTermCounts1764302310000';

  async up(runner: QueryRunner): Promise<void> {
    await runner.query(`
      ALTER TABLE request_hotspot_terms
        ADD COLUMN handling_unit_id uuid, ADD COLUMN day date, ADD COLUMN counted boolean`);
    await runner.query(`
      UPDATE request_hotspot_terms h SET handling_unit_id = r.handling_unit_id, day = figure_day(r.submitted_at), counted = ${COUNTED('r')}
        FROM request r WHERE r.id = h.request_id`);
    await runner.query(`ALTER TABLE request_hotspot_terms ALTER handling_unit_id SET NOT NULL, ALTER day SET NOT NULL, ALTER counted SET NOT NULL`);

    for (const table of ['hotspot_term_day', 'hotspot_term_month']) {
      await runner.query(`
        CREATE TABLE ${table} (
          handling_unit_id uuid NOT NULL,
          day date NOT NULL,
          term text NOT NULL,
          requests integer NOT NULL,
          PRIMARY KEY (handling_unit_id, day, term)
        )`);
    }
    const deltas = (sign: string, rows: string) => `SELECT ${rows}.handling_unit_id AS u, ${rows}.day AS d, term AS t, ${sign} AS n
        FROM ${rows} CROSS JOIN LATERAL unnest(${rows}.terms) AS term WHERE ${rows}.counted`;
    // The statement's changes added to both tables, in key order.
    const upsert = (table: string, day: string, changes: string) => `
      INSERT INTO ${table} AS t (handling_unit_id, day, term, requests)
      SELECT c.u, ${day}, c.t, sum(c.n) FROM (${changes}) c GROUP BY 1, 2, 3 HAVING sum(c.n) <> 0 ORDER BY 1, 2, 3
      ON CONFLICT (handling_unit_id, day, term) DO UPDATE SET requests = t.requests + EXCLUDED.requests;`;
    const apply = (parts: string[]) =>
      `${upsert('hotspot_term_day', 'c.d', parts.join(' UNION ALL '))} ${upsert('hotspot_term_month', `date_trunc('month', c.d)::date`, parts.join(' UNION ALL '))} RETURN NULL;`;
    await runner.query(`CREATE FUNCTION hotspot_terms_inserted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${apply([deltas('1', 'new_rows')])} END $$`);
    await runner.query(`CREATE FUNCTION hotspot_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${apply([deltas('1', 'new_rows'), deltas('-1', 'old_rows')])} END $$`);
    await runner.query(`CREATE FUNCTION hotspot_terms_deleted() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN ${apply([deltas('-1', 'old_rows')])} END $$`);
    await runner.query(
      `CREATE TRIGGER hotspot_terms_inserted AFTER INSERT ON request_hotspot_terms REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hotspot_terms_inserted()`,
    );
    await runner.query(
      `CREATE TRIGGER hotspot_terms_updated AFTER UPDATE ON request_hotspot_terms REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hotspot_terms_updated()`,
    );
    await runner.query(
      `CREATE TRIGGER hotspot_terms_deleted AFTER DELETE ON request_hotspot_terms REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION hotspot_terms_deleted()`,
    );
    await runner.query(`
      INSERT INTO hotspot_term_day (handling_unit_id, day, term, requests)
      SELECT handling_unit_id, day, term, count(*) FROM request_hotspot_terms CROSS JOIN LATERAL unnest(terms) AS term WHERE counted GROUP BY 1, 2, 3`);
    await runner.query(`
      INSERT INTO hotspot_term_month (handling_unit_id, day, term, requests)
      SELECT handling_unit_id, date_trunc('month', day)::date, term, sum(requests) FROM hotspot_term_day GROUP BY 1, 2, 3`);

    await runner.query(`
      CREATE TABLE hotspot_terms_pending (
        request_id uuid PRIMARY KEY REFERENCES request (id) ON DELETE CASCADE,
        handling_unit_id uuid NOT NULL,
        submitted_at timestamptz NOT NULL
      )`);
    await runner.query(`CREATE INDEX hotspot_terms_pending_unit ON hotspot_terms_pending (handling_unit_id, submitted_at)`);
    await runner.query(`
      CREATE FUNCTION hotspot_terms_enqueue_missing() RETURNS bigint LANGUAGE sql AS $$
        WITH added AS (
          INSERT INTO hotspot_terms_pending (request_id, handling_unit_id, submitted_at)
          SELECT r.id, r.handling_unit_id, r.submitted_at FROM request r
           WHERE NOT EXISTS (SELECT 1 FROM request_hotspot_terms h WHERE h.request_id = r.id AND h.version = 1)
          ON CONFLICT (request_id) DO NOTHING RETURNING 1)
        SELECT count(*) FROM added
      $$`);
    await runner.query(`SELECT hotspot_terms_enqueue_missing()`);
    await runner.query(`
      CREATE FUNCTION hotspot_terms_enqueue() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        INSERT INTO hotspot_terms_pending (request_id, handling_unit_id, submitted_at)
        SELECT id, handling_unit_id, submitted_at FROM new_rows ON CONFLICT (request_id) DO NOTHING;
        RETURN NULL;
      END $$`);
    await runner.query(
      `CREATE TRIGGER hotspot_terms_enqueue AFTER INSERT ON request REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION hotspot_terms_enqueue()`,
    );
    // Rarely fires: a transfer, a withdrawal or an exclusion (or their undoing), never an ordinary step.
    await runner.query(`
      CREATE FUNCTION hotspot_terms_follow() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE request_hotspot_terms SET handling_unit_id = NEW.handling_unit_id, day = figure_day(NEW.submitted_at), counted = ${COUNTED('NEW')}
         WHERE request_id = NEW.id;
        UPDATE hotspot_terms_pending SET handling_unit_id = NEW.handling_unit_id, submitted_at = NEW.submitted_at WHERE request_id = NEW.id;
        RETURN NULL;
      END $$`);
    await runner.query(`
      CREATE TRIGGER hotspot_terms_follow AFTER UPDATE ON request FOR EACH ROW
        WHEN (OLD.handling_unit_id IS DISTINCT FROM NEW.handling_unit_id OR OLD.submitted_at IS DISTINCT FROM NEW.submitted_at
              OR ${COUNTED('OLD')} IS DISTINCT FROM ${COUNTED('NEW')})
        EXECUTE FUNCTION hotspot_terms_follow()`);
  }

  async down(runner: QueryRunner): Promise<void> {
    await runner.query(`DROP TRIGGER hotspot_terms_follow ON request`);
    await runner.query(`DROP TRIGGER hotspot_terms_enqueue ON request`);
    await runner.query(`DROP TABLE hotspot_terms_pending`);
    for (const event of ['inserted', 'updated', 'deleted']) await runner.query(`DROP TRIGGER hotspot_terms_${event} ON request_hotspot_terms`);
    await runner.query(`DROP TABLE hotspot_term_day, hotspot_term_month`);
    await runner.query(
      `DROP FUNCTION hotspot_terms_follow(), hotspot_terms_enqueue(), hotspot_terms_enqueue_missing(), hotspot_terms_inserted(), hotspot_terms_updated(), hotspot_terms_deleted()`,
    );
    await runner.query(`ALTER TABLE request_hotspot_terms DROP COLUMN handling_unit_id, DROP COLUMN day, DROP COLUMN counted`);
  }
}
