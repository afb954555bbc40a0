// 全总汇总's two commands (tools/federation.mjs, and the tests): a region publishes, a federation adds or removes it.
// Plain pg clients, no Nest: they run beside a deployment, not inside it. docs/scaling.md “Federation” explains.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The publication on every region and the role the federations replicate as. */
export const PUBLICATION = 'banshishi_federation';
export const REPLICATION_ROLE = 'banshishi_federation';

/**
 * What crosses to a federation, and nothing else: THE one list (the lead adjusts it with the rollup schema).
 * `columns: 'all'` takes the table's columns as they are when `publish` runs (the figure rollups: counts and duration
 * bands, no text); a list names them (PostgreSQL 15+ publication column lists), leaving out every personal or free-text
 * column. Never: request text, requesters, contacts, photos, notes, phone hashes, entry tokens, hotspot terms (words of
 * request text, which can be a name).
 */
export const PUBLISHED_TABLES: readonly { table: string; columns: readonly string[] | 'all' }[] = [
  // the unit tree: ids, parent, names, codes (no entry_token: it opens the unit's intake)
  { table: 'org_unit', columns: ['id', 'parent_id', 'name', 'kind', 'path', 'code'] },
  { table: 'category', columns: ['id', 'code', 'name_zh', 'name_en', 'response_days', 'resolution_days', 'grace_days', 'urgent', 'active', 'sort_order'] },
  // unit × category × channel × day (and month) counts and duration bands
  { table: 'request_figure_day', columns: 'all' },
  { table: 'request_figure_month', columns: 'all' },
  // each request's clocks, for the counts that grow as clocks run out (figure-predicates.ts ROLLUP_COUNTS' live part)
  // and the exact medians: ids, unit, category, channel, status and times only — no code, title, text or requester
  {
    table: 'request',
    columns: [
      'id',
      'handling_unit_id',
      'category_id',
      'channel',
      'status',
      'submitted_at',
      'excluded_at',
      'accepted_at',
      'responded_at',
      'response_due_at',
      'resolved_at',
      'resolution_due_at',
      'reopen_count',
    ],
  },
  // 实事项目 outcomes: the title is public (公示); no goal, plan, report or comment, no owner
  {
    table: 'project',
    columns: [
      'id',
      'code',
      'title',
      'owner_unit_id',
      'status',
      'deadline',
      'expected_beneficiaries',
      'beneficiaries_reached',
      'approved_at',
      'started_at',
      'completed_at',
      'score',
      'created_at',
    ],
  },
];

/** Functions the figures' SQL calls, copied from the region into each region database at the federation. */
const COPIED_FUNCTIONS = ['figure_day(timestamptz)'];

export const REGION_CODE = /^[a-z][a-z0-9_]{0,29}$/;

export class FederationError extends Error {}

const ident = (name: string): string => `"${name.replace(/"/g, '""')}"`;
const literal = (text: string): string => `'${text.replace(/'/g, "''")}'`;

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

function withDatabase(url: string, database: string, user?: { name: string; password: string }): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  if (user) {
    parsed.username = encodeURIComponent(user.name);
    parsed.password = encodeURIComponent(user.password);
  }
  return parsed.toString();
}

async function columnsOf(client: Client, table: string): Promise<{ name: string; type: string; notNull: boolean }[]> {
  const { rows } = await client.query<{ name: string; type: string; notNull: boolean }>(
    `SELECT a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type, a.attnotnull AS "notNull"
       FROM pg_attribute a WHERE a.attrelid = $1::regclass AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = '' ORDER BY a.attnum`,
    [table],
  );
  return rows;
}

/**
 * On a region (`adminUrl`: a superuser on its database): the replication role (column-level SELECT on what crosses,
 * for the initial copy) and the publication, created or brought up to PUBLISHED_TABLES. Returns the address a
 * federation subscribes with (`host` in it: how the federation reaches this server).
 */
export async function publishRegion(adminUrl: string, options: { password?: string; host?: string } = {}): Promise<{ subscriberUrl: string; tables: string[] }> {
  const password = options.password ?? randomBytes(18).toString('hex');
  return withClient(adminUrl, async (client) => {
    const [{ wal_level }] = (await client.query<{ wal_level: string }>(`SHOW wal_level`)).rows;
    if (wal_level !== 'logical') {
      throw new FederationError(`wal_level is ${wal_level}: a region needs wal_level=logical (FEDERATION_ROLE=region for the embedded server, or postgresql.conf) and a restart`);
    }
    const tables: string[] = [];
    await client.query('BEGIN');
    try {
      const exists = (await client.query(`SELECT 1 FROM pg_roles WHERE rolname = $1`, [REPLICATION_ROLE])).rowCount;
      await client.query(`${exists ? 'ALTER' : 'CREATE'} ROLE ${ident(REPLICATION_ROLE)} WITH LOGIN REPLICATION PASSWORD ${literal(password)}`);
      for (const { table, columns } of PUBLISHED_TABLES) {
        const names = columns === 'all' ? (await columnsOf(client, table)).map((column) => column.name) : [...columns];
        await client.query(`REVOKE ALL ON ${ident(table)} FROM ${ident(REPLICATION_ROLE)}`);
        await client.query(`GRANT SELECT (${names.map(ident).join(', ')}) ON ${ident(table)} TO ${ident(REPLICATION_ROLE)}`);
        tables.push(`${ident(table)} (${names.map(ident).join(', ')})`);
      }
      const published = (await client.query(`SELECT 1 FROM pg_publication WHERE pubname = $1`, [PUBLICATION])).rowCount;
      await client.query(
        published
          ? `ALTER PUBLICATION ${ident(PUBLICATION)} SET TABLE ${tables.join(', ')}`
          : `CREATE PUBLICATION ${ident(PUBLICATION)} FOR TABLE ${tables.join(', ')} WITH (publish_via_partition_root = true)`,
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
    const subscriber = new URL(withDatabase(adminUrl, client.database ?? 'banshishi', { name: REPLICATION_ROLE, password }));
    if (options.host) subscriber.host = options.host;
    return { subscriberUrl: subscriber.toString(), tables };
  });
}

export interface RegionToAdd {
  code: string;
  name: string;
  /** the region's publication, as publishRegion's subscriberUrl */
  url: string;
  /** the region's own instance (its PUBLIC_URL), for the requests behind a number */
  publicUrl: string;
}

export const regionDatabase = (code: string): string => `region_${code}`;
export const regionSubscription = (code: string): string => `federation_${code}`;

/**
 * On the federation (`federationUrl`: a superuser on its main database): a database for the region with the published
 * columns only (types and primary keys as the region has them), the region's functions the figures call, the
 * subscription (initial copy, then every change), and the region's row in federation_region.
 */
export async function addRegion(federationUrl: string, region: RegionToAdd): Promise<void> {
  if (!REGION_CODE.test(region.code)) throw new FederationError(`--code must be a lower-case letter then up to 29 letters, digits or _ (got "${region.code}")`);
  if (!/^https?:\/\/[^\s]+$/.test(region.publicUrl)) throw new FederationError(`--public-url must be the region's address, http(s)://… (got "${region.publicUrl}")`);
  const name = region.name.trim();
  if (name.length < 1 || name.length > 60) throw new FederationError('--name must be 1 to 60 characters');
  const database = regionDatabase(region.code);
  const subscription = regionSubscription(region.code);

  // What the region publishes, as it has it.
  const shape = await withClient(region.url, async (client) => {
    const published = (
      await client.query<{ table: string; columns: string[] }>(
        `SELECT tablename AS table, attnames AS columns FROM pg_publication_tables WHERE pubname = $1 AND schemaname = 'public'`,
        [PUBLICATION],
      )
    ).rows;
    if (published.length === 0) throw new FederationError(`the region publishes nothing: run \`npm run federation -- publish\` on the region first`);
    const tables = [];
    for (const { table, columns } of published) {
      const all = await columnsOf(client, table);
      const key = (
        await client.query<{ name: string }>(
          `SELECT a.attname AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
            WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey, a.attnum)`,
          [table],
        )
      ).rows.map((row) => row.name);
      tables.push({ table, columns: all.filter((column) => columns.includes(column.name)), key });
    }
    const functions = [];
    for (const signature of COPIED_FUNCTIONS) {
      const found = (await client.query<{ definition: string }>(`SELECT pg_get_functiondef(to_regprocedure($1)) AS definition`, [signature])).rows[0];
      if (found?.definition) functions.push(found.definition);
    }
    return { tables, functions };
  });

  await withClient(federationUrl, async (client) => {
    const known = (await client.query<{ removed_at: Date | null }>(`SELECT removed_at FROM federation_region WHERE code = $1`, [region.code])).rows[0];
    if (known) throw new FederationError(`region ${region.code} is already here${known.removed_at ? ' (removed; its history is kept under that code: choose another)' : ''}`);
    await client.query(`CREATE DATABASE ${ident(database)}`);
  });
  await withClient(withDatabase(federationUrl, database), async (client) => {
    for (const { table, columns, key } of shape.tables) {
      const keyed = key.length > 0 && key.every((column) => columns.some((c) => c.name === column));
      await client.query(
        `CREATE TABLE ${ident(table)} (${columns.map((column) => `${ident(column.name)} ${column.type}${column.notNull ? ' NOT NULL' : ''}`).join(', ')}${
          keyed ? `, PRIMARY KEY (${key.map(ident).join(', ')})` : ''
        })`,
      );
    }
    for (const definition of shape.functions) await client.query(definition);
    await client.query(`CREATE SUBSCRIPTION ${ident(subscription)} CONNECTION ${literal(region.url)} PUBLICATION ${ident(PUBLICATION)}`);
  });
  await withClient(federationUrl, (client) =>
    client.query(`INSERT INTO federation_region (code, name, public_url, database, subscription) VALUES ($1, $2, $3, $4, $5)`, [
      region.code,
      name,
      region.publicUrl.replace(/\/+$/, ''),
      database,
      subscription,
    ]),
  );
}

/**
 * Ends a region's subscription (and its slot on the region, when the region answers; otherwise says which slot to
 * drop there) and marks it removed; its database stays, with the history it had.
 */
export async function removeRegion(federationUrl: string, code: string): Promise<{ slotLeft: string | null }> {
  const region = await withClient(federationUrl, async (client) => {
    const found = (await client.query<{ database: string; subscription: string; removed_at: Date | null }>(`SELECT * FROM federation_region WHERE code = $1`, [code])).rows[0];
    if (!found) throw new FederationError(`no region ${code} here`);
    return found;
  });
  let slotLeft: string | null = null;
  if (!region.removed_at) {
    await withClient(withDatabase(federationUrl, region.database), async (client) => {
      const exists = (await client.query(`SELECT 1 FROM pg_subscription WHERE subname = $1`, [region.subscription])).rowCount;
      if (!exists) return;
      try {
        await client.query(`DROP SUBSCRIPTION ${ident(region.subscription)}`);
      } catch {
        // the region does not answer: let go of its slot here, and say so
        await client.query(`ALTER SUBSCRIPTION ${ident(region.subscription)} DISABLE`);
        await client.query(`ALTER SUBSCRIPTION ${ident(region.subscription)} SET (slot_name = NONE)`);
        await client.query(`DROP SUBSCRIPTION ${ident(region.subscription)}`);
        slotLeft = region.subscription;
      }
    });
    await withClient(federationUrl, (client) => client.query(`UPDATE federation_region SET removed_at = now() WHERE code = $1`, [code]));
  }
  return { slotLeft };
}

/** The region database's address on the federation's server (its main database's address, another database). */
export function regionDatabaseUrl(federationUrl: string, database: string): string {
  return withDatabase(federationUrl, database);
}
