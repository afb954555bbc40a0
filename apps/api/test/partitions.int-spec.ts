// Monthly partitions (migration 1764302500000): rows land in their China month's partition (or DEFAULT outside the
// months made), the daily job makes the months ahead once, a month is detached while the app serves, and the
// migration moves the rows of an unpartitioned database with their ids.
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { MONTHLY_PARTITIONED, MONTHS_AHEAD } from '../src/database/migrations/1764302500000-monthly-partitions';
import { seedDemoData } from '../src/database/seed/demo-data';
import { seedReferenceData } from '../src/database/seed/reference-data';
import { AttachmentsRepository } from '../src/modules/attachments/attachments.repository';
import { RequestsRepository } from '../src/modules/requests/requests.repository';
import { PartitionsService } from '../src/platform/partitions/partitions.service';
import { submit } from './support/factories';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';
import { createTestDatabase } from './test-database';

const MIGRATION = 'MonthlyPartitions1764302500000';

/** The China month (UTC+8) of an instant, as a partition suffix: 2024_02. */
function chinaMonth(at: Date, addMonths = 0): string {
  const china = new Date(at.getTime() + 8 * 3600_000);
  const month = new Date(Date.UTC(china.getUTCFullYear(), china.getUTCMonth() + addMonths, 1));
  return `${month.getUTCFullYear()}_${String(month.getUTCMonth() + 1).padStart(2, '0')}`;
}

async function partitionOf(db: DataSource, table: string, id: string): Promise<string | undefined> {
  const [row] = await db.query(`SELECT tableoid::regclass::text AS partition FROM ${table} WHERE id = $1`, [id]);
  return row?.partition;
}

async function partitionsOf(db: DataSource, table: string): Promise<string[]> {
  const rows: { name: string }[] = await db.query(`SELECT inhrelid::regclass::text AS name FROM pg_inherits WHERE inhparent = $1::regclass ORDER BY 1`, [table]);
  return rows.map((row) => row.name);
}

async function newRequest(db: DataSource): Promise<string> {
  const [row] = await db.query(
    `INSERT INTO request (code, home_unit_id, handling_unit_id, category_id, anonymous, title, description, status)
     SELECT 'BS-PART-' || floor(random() * 1e9)::text, u.id, u.id, c.id, true, '更衣柜不够', '新职工没有更衣柜', 'submitted'
       FROM org_unit u, category c WHERE u.kind = 'grassroots' AND c.code = 'other' LIMIT 1
     RETURNING id`,
  );
  return row.id;
}

const insertAudit = async (db: DataSource, at: string | Date): Promise<string> =>
  (await db.query(`INSERT INTO audit_log (at, action, entity_type) VALUES ($1, 'test.partition', 'test') RETURNING id`, [at]))[0].id;
const insertEvent = async (db: DataSource, requestId: string, at: string | Date): Promise<string> =>
  (await db.query(`INSERT INTO request_event (request_id, action, to_status, at) VALUES ($1, 'note', 'submitted', $2) RETURNING id`, [requestId, at]))[0].id;
const insertNotification = async (db: DataSource, requestId: string, at: string | Date): Promise<string> =>
  (await db.query(`INSERT INTO notification (request_id, kind, title_zh, body_zh, created_at) VALUES ($1, 'progress', '进展', '有新进展', $2) RETURNING id`, [requestId, at]))[0]
    .id;

describe('monthly partitions', () => {
  let t: TestApp;
  let db: DataSource;
  let requestId: string;

  beforeAll(async () => {
    t = await createTestApp();
    db = t.app.get(DataSource);
    requestId = await newRequest(db);
  });
  afterAll(async () => {
    await t.close();
  });

  it('puts each row in its China month, a history range made by ensure_month_partitions, the rest in DEFAULT', async () => {
    for (const { table } of MONTHLY_PARTITIONED) {
      const [made] = await db.query(`SELECT ensure_month_partitions('2024-01-01T00:00:00+08', '2024-02-29T23:00:00+08', $1) AS n`, [table]);
      expect(made.n).toBe(2);
      const [again] = await db.query(`SELECT ensure_month_partitions('2024-01-01T00:00:00+08', '2024-02-29T23:00:00+08', $1) AS n`, [table]);
      expect(again.n).toBe(0);
    }

    // 2024-02-01 00:00 in China is 2024-01-31 16:00 UTC
    const lastOfJanuary = '2024-01-31T15:59:59Z';
    const firstOfFebruary = '2024-01-31T16:00:00Z';
    for (const [table, insert] of [
      ['audit_log', (at: string | Date) => insertAudit(db, at)],
      ['request_event', (at: string | Date) => insertEvent(db, requestId, at)],
      ['notification', (at: string | Date) => insertNotification(db, requestId, at)],
    ] as const) {
      expect(await partitionOf(db, table, await insert(lastOfJanuary))).toBe(`${table}_p2024_01`);
      expect(await partitionOf(db, table, await insert(firstOfFebruary))).toBe(`${table}_p2024_02`);
      expect(await partitionOf(db, table, await insert('2019-06-01T00:00:00Z'))).toBe(`${table}_default`);
      const now = new Date();
      expect(await partitionOf(db, table, await insert(now))).toBe(`${table}_p${chinaMonth(now)}`);
    }
  });

  it('the job makes the months ahead, once, and moves the rows waiting in DEFAULT to their months', async () => {
    const partitions = t.app.get(PartitionsService);
    const furthest = `audit_log_p${chinaMonth(new Date(), MONTHS_AHEAD)}`;
    expect(await partitionsOf(db, 'audit_log')).toContain(furthest); // made by the migration
    await db.query(`SELECT detach_month_partition('audit_log', $1)`, [`${chinaMonth(new Date(), MONTHS_AHEAD).replace('_', '-')}-01`]);
    await db.query(`DROP TABLE ${furthest}`);
    const ahead = new Date();
    ahead.setUTCMonth(ahead.getUTCMonth() + MONTHS_AHEAD, 10);
    const early = await insertAudit(db, ahead); // written before its month exists: caught, not refused
    expect(await partitionOf(db, 'audit_log', early)).toBe('audit_log_default');

    const [old] = await db.query(`SELECT id FROM audit_log_default WHERE at < '2020-01-01'`); // the first test's 2019 row

    const first = await partitions.maintain();
    expect(first.created).toBe(1 + MONTHLY_PARTITIONED.length); // the month ahead, and 2019-06 of each table
    expect(await partitionsOf(db, 'audit_log')).toContain(furthest);
    expect(await partitionOf(db, 'audit_log', early)).toBe(furthest);
    expect(await partitionOf(db, 'audit_log', old.id)).toBe('audit_log_p2019_06');
    expect(first.defaultRows).toEqual(expect.arrayContaining(MONTHLY_PARTITIONED.map(({ table }) => ({ table, rows: 0 }))));

    const second = await partitions.maintain();
    expect(second.created).toBe(0);
    // DEFAULT is back, append-only as before
    expect(await partitionOf(db, 'audit_log', await insertAudit(db, '2018-01-01T00:00:00Z'))).toBe('audit_log_default');
    await expect(db.query(`UPDATE audit_log SET action = 'changed' WHERE at < '2018-02-01'`)).rejects.toThrow(/append-only/);
    for (const { table } of MONTHLY_PARTITIONED) {
      for (let month = 0; month <= MONTHS_AHEAD; month++) expect(await partitionsOf(db, table)).toContain(`${table}_p${chinaMonth(new Date(), month)}`);
    }
  });

  it('detaches a month while the app serves: reads leave it out, other months are written on, its rows wait to be archived', async () => {
    const w: TestWorld = await testWorld(t);
    const january = await insertAudit(db, '2024-01-15T00:00:00Z');
    const february = await insertAudit(db, '2024-02-15T00:00:00Z');
    // the app keeps answering and writing while the month goes
    let serving = true;
    const answers: number[] = [];
    const traffic = (async () => {
      while (serving) {
        const created = await submit(w, 'worker');
        answers.push((await t.request('GET', `/api/requests/${created.id}`, { token: w.tokens.cadre })).status);
        answers.push((await t.request('GET', '/api/audit?limit=5', { token: w.tokens.admin })).status);
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 200));
    const [detached] = await db.query(`SELECT detach_month_partition('audit_log', '2024-01-01') AS name`);
    await new Promise((resolve) => setTimeout(resolve, 200));
    serving = false;
    await traffic;
    expect(detached.name).toBe('audit_log_p2024_01');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((status) => status === 200)).toBe(true);

    expect(await partitionOf(db, 'audit_log', january)).toBeUndefined();
    expect(await partitionOf(db, 'audit_log', february)).toBe('audit_log_p2024_02');
    expect(await partitionOf(db, 'audit_log', await insertAudit(db, '2024-02-20T00:00:00Z'))).toBe('audit_log_p2024_02');
    const [archived] = await db.query(`SELECT count(*)::int AS n FROM audit_log_p2024_01 WHERE id = $1`, [january]);
    expect(archived.n).toBe(1);
    // the month is not made again over the table waiting to be archived
    const [made] = await db.query(`SELECT ensure_month_partitions('2024-01-10', '2024-01-20', 'audit_log') AS n`);
    expect(made.n).toBe(0);
  });

  it("reads a request's timeline and files from the months since its submission only: a month before it, locked by archiving, does not stall it", async () => {
    await db.query(`SELECT ensure_month_partitions(now() - interval '13 months', now(), 'request_event')`);
    const fresh = await newRequest(db);
    await insertEvent(db, fresh, new Date());
    const [{ submittedAt }] = await db.query(`SELECT submitted_at AS "submittedAt" FROM request WHERE id = $1`, [fresh]);
    // a year-old month held as `detach_month_partition` or an archive's DROP would hold it
    const archiving = db.createQueryRunner();
    await archiving.connect();
    await archiving.startTransaction();
    try {
      await archiving.query(`LOCK TABLE request_event_p${chinaMonth(new Date(), -12)} IN ACCESS EXCLUSIVE MODE`);
      const request = { id: fresh, submittedAt };
      const read = Promise.all([t.app.get(RequestsRepository).timeline(request, false), t.app.get(AttachmentsRepository).forRequestByOrigin(request, true)]);
      const stalled = new Promise<'stalled'>((resolve) => setTimeout(() => resolve('stalled'), 5000).unref());
      const answer = await Promise.race([read, stalled]);
      expect(answer).not.toBe('stalled');
      const [timeline, files] = answer as Awaited<typeof read>;
      expect(timeline).toEqual([expect.objectContaining({ action: 'note', toStatus: 'submitted' })]);
      expect(files).toEqual({ own: [], notes: [] });
    } finally {
      await archiving.rollbackTransaction();
      await archiving.release();
    }
  });
});

describe('the monthly-partitions migration', () => {
  it('moves the rows of unpartitioned tables with their ids, and the ids go on from there', async () => {
    const database = await createTestDatabase();
    const source = new DataSource(dataSourceOptions(database.url));
    await source.initialize();
    try {
      await source.transaction(async (manager) => {
        await seedReferenceData(manager);
        await seedDemoData(manager, 'partition-pass-2026', { requests: false });
      });
      // back to just before it (the migrations after it too), rows written the old way, forward again
      while ((await source.query(`SELECT 1 FROM schema_migration WHERE name = $1`, [MIGRATION])).length > 0) await source.undoLastMigration({ transaction: 'each' });
      for (const { table } of MONTHLY_PARTITIONED) expect(await source.query(`SELECT 1 FROM pg_partitioned_table WHERE partrelid = $1::regclass`, [table])).toEqual([]);
      const request = await newRequest(source);
      const written = {
        audit_log: [await insertAudit(source, '2023-05-10T00:00:00Z'), await insertAudit(source, new Date())],
        request_event: [await insertEvent(source, request, '2023-05-10T00:00:00Z'), await insertEvent(source, request, new Date())],
        notification: [await insertNotification(source, request, '2023-07-31T17:00:00Z'), await insertNotification(source, request, new Date())],
      };
      const before = await source.query(`SELECT id, action, at FROM audit_log WHERE id = ANY($1) ORDER BY id`, [written.audit_log]);

      await source.runMigrations({ transaction: 'each' });

      for (const { table } of MONTHLY_PARTITIONED) expect(await source.query(`SELECT 1 FROM pg_partitioned_table WHERE partrelid = $1::regclass`, [table])).toHaveLength(1);
      expect(await partitionOf(source, 'audit_log', written.audit_log[0])).toBe('audit_log_p2023_05');
      expect(await partitionOf(source, 'request_event', written.request_event[0])).toBe('request_event_p2023_05');
      expect(await partitionOf(source, 'notification', written.notification[0])).toBe('notification_p2023_08'); // 01:00 on 1 August in China
      expect(await partitionOf(source, 'audit_log', written.audit_log[1])).toBe(`audit_log_p${chinaMonth(new Date())}`);
      expect(await source.query(`SELECT id, action, at FROM audit_log WHERE id = ANY($1) ORDER BY id`, [written.audit_log])).toEqual(before);
      // every month between the oldest row and the months ahead is made
      expect(await partitionsOf(source, 'audit_log')).toEqual(
        expect.arrayContaining(['audit_log_p2023_06', 'audit_log_default', `audit_log_p${chinaMonth(new Date(), MONTHS_AHEAD)}`]),
      );
      // the sequences go on; the indexes, foreign keys and the append-only trigger are back
      expect(BigInt(await insertEvent(source, request, new Date()))).toBeGreaterThan(BigInt(written.request_event[1]));
      expect(BigInt(await insertAudit(source, new Date()))).toBeGreaterThan(BigInt(written.audit_log[1]));
      await expect(source.query(`UPDATE audit_log SET action = 'changed' WHERE id = $1`, [written.audit_log[0]])).rejects.toThrow(/append-only/);
      await expect(insertEvent(source, '00000000-0000-0000-0000-000000000000', new Date())).rejects.toThrow(/foreign key/);
      const indexes: { indexname: string }[] = await source.query(`SELECT indexname FROM pg_indexes WHERE tablename = 'request_event' ORDER BY 1`);
      expect(indexes.map((row) => row.indexname)).toEqual(expect.arrayContaining(['request_event_pkey', 'request_event_request']));
    } finally {
      await source.destroy();
      await database.drop();
    }
  });
});
