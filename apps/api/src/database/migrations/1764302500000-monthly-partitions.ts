import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Monthly range partitions for the append-mostly tables that grow without bound (docs/decisions.md “Monthly
 * partitions”): the timeline, the notifications and the audit log, each by its own time column, in China months
 * (UTC+8, like figure_day). Their primary keys become (id, time) — PostgreSQL requires the partition key in every
 * unique constraint of a partitioned table; nothing references these rows by foreign key. A DEFAULT partition takes
 * whatever falls outside the created months, so no write is ever refused.
 *
 * `ensure_month_partitions(from, to[, table])` creates the months of a range (the bench's bulk loader calls it before
 * loading history; the daily partition-maintenance job for the months ahead), moving any rows of those months out of
 * the DEFAULT partition. `detach_month_partition(table, month)` detaches one month for archiving (docs/scaling.md).
 *
 * The migration rebuilds each table generically from the catalog: whatever indexes, foreign keys and triggers the
 * earlier migrations gave it are re-created on the new table (on every partition), the id sequence is kept, and the
 * rows move with their ids. Down does the reverse (rows of months detached meanwhile stay in their own tables).
 */
export const MONTHLY_PARTITIONED: readonly { table: string; key: string }[] = [
  { table: 'request_event', key: 'at' },
  { table: 'notification', key: 'created_at' },
  { table: 'audit_log', key: 'at' },
];

/** How many months after the current one the migration (and the daily job) creates. */
export const MONTHS_AHEAD = 3;

interface TableShape {
  indexes: { name: string; definition: string; unique: boolean; primary: boolean }[];
  foreignKeys: { name: string; definition: string }[];
  triggers: { name: string; definition: string }[];
  sequences: { column: string; sequence: string }[];
}

async function shapeOf(runner: QueryRunner, table: string): Promise<TableShape> {
  const indexes: TableShape['indexes'] = await runner.query(
    `SELECT c.relname AS name, pg_get_indexdef(i.indexrelid) AS definition, i.indisunique AS unique, i.indisprimary AS primary
       FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = $1::regclass ORDER BY c.relname`,
    [table],
  );
  const foreignKeys: TableShape['foreignKeys'] = await runner.query(
    `SELECT conname AS name, pg_get_constraintdef(oid) AS definition FROM pg_constraint
      WHERE conrelid = $1::regclass AND contype = 'f' AND conparentid = 0 ORDER BY conname`,
    [table],
  );
  const triggers: TableShape['triggers'] = await runner.query(
    `SELECT tgname AS name, pg_get_triggerdef(oid) AS definition FROM pg_trigger
      WHERE tgrelid = $1::regclass AND NOT tgisinternal AND tgparentid = 0 ORDER BY tgname`,
    [table],
  );
  const sequences: TableShape['sequences'] = await runner.query(
    `SELECT a.attname AS column, pg_get_serial_sequence($1, a.attname) AS sequence FROM pg_attribute a
      WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence($1, a.attname) IS NOT NULL`,
    [table],
  );
  const identity: unknown[] = await runner.query(`SELECT 1 FROM pg_attribute WHERE attrelid = $1::regclass AND attidentity <> ''`, [table]);
  if (identity.length > 0) throw new Error(`${table}: identity columns are not handled by this migration`);
  return { indexes, foreignKeys, triggers, sequences };
}

/** A definition read from `from` (pg_get_indexdef / pg_get_triggerdef), made to create the same thing on `to`. */
function retarget(definition: string, from: string, to: string): string {
  const on = new RegExp(`\\sON (ONLY )?(\\S+\\.)?"?${from}"? `);
  if (!on.test(definition)) throw new Error(`cannot retarget ${definition}`);
  return definition.replace(on, ` ON ${to} `);
}

/**
 * Rebuilds `table` with the same columns, rows, ids and indexes: partitioned by month on `partitionKey`, or (null)
 * as a plain table again. `primaryKey` is the new primary key's columns.
 */
async function rebuild(runner: QueryRunner, table: string, partitionKey: string | null, primaryKey: string[]): Promise<void> {
  const old = `${table}_rebuilt_from`;
  await runner.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
  const shape = await shapeOf(runner, table);
  for (const index of shape.indexes) {
    if (index.unique && !index.primary) throw new Error(`${table}: unique index ${index.name} would need the partition key; move it by hand`);
  }
  await runner.query(`ALTER TABLE ${table} RENAME TO ${old}`);
  const like = `LIKE ${old} INCLUDING DEFAULTS INCLUDING CONSTRAINTS INCLUDING STORAGE INCLUDING COMMENTS INCLUDING COMPRESSION`;
  if (partitionKey) {
    await runner.query(`CREATE TABLE ${table} (${like}) PARTITION BY RANGE (${partitionKey})`);
    // the months that hold rows today, the current one and the months ahead; then the catch-all
    const [range]: { first: Date | null; last: Date | null }[] = await runner.query(`SELECT min(${partitionKey}) AS first, max(${partitionKey}) AS last FROM ${old}`);
    await runner.query(`SELECT ensure_month_partitions(least($1::timestamptz, now()), greatest($2::timestamptz, now() + make_interval(months => $3)), $4)`, [
      range.first,
      range.last,
      MONTHS_AHEAD,
      table,
    ]);
    await runner.query(`CREATE TABLE ${table}_default PARTITION OF ${table} DEFAULT`);
  } else {
    await runner.query(`CREATE TABLE ${table} (${like})`);
  }
  await runner.query(`INSERT INTO ${table} SELECT * FROM ${old}`);
  for (const { column, sequence } of shape.sequences) await runner.query(`ALTER SEQUENCE ${sequence} OWNED BY ${table}.${column}`);
  await runner.query(`DROP TABLE ${old}`); // with its partitions, when it was partitioned
  await runner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${table}_pkey PRIMARY KEY (${primaryKey.join(', ')})`);
  for (const index of shape.indexes) {
    if (!index.primary) await runner.query(retarget(index.definition, table, table));
  }
  for (const key of shape.foreignKeys) await runner.query(`ALTER TABLE ${table} ADD CONSTRAINT ${key.name} ${key.definition}`);
  for (const trigger of shape.triggers) await runner.query(retarget(trigger.definition, table, table));
  await runner.query(`ANALYZE ${table}`);
}

export class MonthlyPartitions1764302500000 implements MigrationInterface {
  name = 'MonthlyPartitions1764302500000';

  async up(runner: QueryRunner): Promise<void> {
    // A month is [the 1st 00:00, the next 1st 00:00) in China time; its partition is <table>_pYYYY_MM.
    await runner.query(`
      CREATE FUNCTION ensure_month_partitions(p_from timestamptz, p_to timestamptz, p_table text DEFAULT NULL)
      RETURNS integer LANGUAGE plpgsql AS $$
      DECLARE
        t text; k text; month date; last_month date; lo timestamptz; hi timestamptz; part text; dflt text; waiting boolean; made integer := 0;
      BEGIN
        IF p_from IS NULL OR p_to IS NULL OR p_to < p_from THEN
          RAISE EXCEPTION 'ensure_month_partitions: give a range, from <= to';
        END IF;
        -- one caller at a time (the job on one instance, a bulk loader): the second sees the first's months
        PERFORM pg_advisory_xact_lock(hashtext('ensure_month_partitions'));
        FOR t, k IN
          SELECT c.relname, a.attname FROM pg_partitioned_table p
            JOIN pg_class c ON c.oid = p.partrelid
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = p.partattrs[0]
           WHERE c.relnamespace = current_schema()::regnamespace AND p.partstrat = 'r' AND p.partnatts = 1
             AND a.atttypid = 'timestamptz'::regtype AND (p_table IS NULL OR c.relname = p_table)
           ORDER BY c.relname
        LOOP
          month := date_trunc('month', (p_from AT TIME ZONE 'UTC') + interval '8 hours')::date;
          last_month := date_trunc('month', (p_to AT TIME ZONE 'UTC') + interval '8 hours')::date;
          dflt := t || '_default';
          WHILE month <= last_month LOOP
            part := t || '_p' || to_char(month, 'YYYY_MM');
            lo := (month::timestamp - interval '8 hours') AT TIME ZONE 'UTC';
            hi := ((month + interval '1 month')::timestamp - interval '8 hours') AT TIME ZONE 'UTC';
            -- a name taken (a month already made, or one detached for archiving) is left alone: its rows go to DEFAULT
            IF to_regclass(quote_ident(part)) IS NULL THEN
              IF EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = to_regclass(quote_ident(dflt)) AND inhparent = t::regclass) THEN
                EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE %I >= %L AND %I < %L)', dflt, k, lo, k, hi) INTO STRICT waiting;
              ELSE
                waiting := false;
              END IF;
              IF waiting THEN
                -- the month's rows wait in DEFAULT: take DEFAULT out, make the month, move them, put DEFAULT back
                EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', t, dflt);
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', part, t, lo, hi);
                EXECUTE format('WITH moved AS (DELETE FROM %I WHERE %I >= %L AND %I < %L RETURNING *) INSERT INTO %I SELECT * FROM moved',
                               dflt, k, lo, k, hi, part);
                EXECUTE format('ALTER TABLE %I ATTACH PARTITION %I DEFAULT', t, dflt);
              ELSE
                EXECUTE format('CREATE TABLE %I PARTITION OF %I FOR VALUES FROM (%L) TO (%L)', part, t, lo, hi);
              END IF;
              made := made + 1;
            END IF;
            month := (month + interval '1 month')::date;
          END LOOP;
        END LOOP;
        RETURN made;
      END $$`);
    // For archiving: detaches one month (waiting at most lock_timeout for the lock) and returns the table it now is.
    await runner.query(`
      CREATE FUNCTION detach_month_partition(p_table text, p_month date, p_lock_timeout text DEFAULT '5s')
      RETURNS text LANGUAGE plpgsql AS $$
      DECLARE part text := p_table || '_p' || to_char(p_month, 'YYYY_MM');
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_inherits WHERE inhrelid = to_regclass(quote_ident(part)) AND inhparent = p_table::regclass) THEN
          RAISE EXCEPTION '% is not a partition of %', part, p_table;
        END IF;
        PERFORM set_config('lock_timeout', p_lock_timeout, true);
        EXECUTE format('ALTER TABLE %I DETACH PARTITION %I', p_table, part);
        RETURN part;
      END $$`);
    for (const { table, key } of MONTHLY_PARTITIONED) await rebuild(runner, table, key, ['id', key]);
  }

  async down(runner: QueryRunner): Promise<void> {
    for (const { table } of [...MONTHLY_PARTITIONED].reverse()) await rebuild(runner, table, null, ['id']);
    await runner.query(`DROP FUNCTION detach_month_partition(text, date, text)`);
    await runner.query(`DROP FUNCTION ensure_month_partitions(timestamptz, timestamptz, text)`);
  }
}
