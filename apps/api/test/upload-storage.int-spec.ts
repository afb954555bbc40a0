// Upload storage over real HTTP and PostgreSQL: with UPLOAD_STORAGE=database a photo stored through one API process
// is read, byte for byte, through another on the same database (replicas with no shared disk), its thumbnail too; in
// either storage, uploads never linked are swept after 24 hours — rows, bytes and thumbnails — and nothing linked or
// fresh is touched.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AttachmentsService } from '../src/modules/attachments/attachments.service';
import { ABANDONED_UPLOADS_JOB } from '../src/modules/attachments/abandoned-uploads.job';
import { smallJpeg } from './support/phone-photo';
import { tinyJpeg, upload } from './support/upload';
import { testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

const photo = (n: number) => tinyJpeg(`photo number ${n}`);
const request = (w: TestWorld, attachmentIds: string[]) => ({
  categoryId: w.categoryId,
  title: '食堂排队时间太长',
  description: '中午食堂只开两个窗口，排队要二十分钟，照片附后。',
  attachmentIds,
});

describe('uploads in PostgreSQL, shared by two API processes', () => {
  let first: TestApp;
  let second: TestApp;
  let w: TestWorld;

  beforeAll(async () => {
    first = await createTestApp({ UPLOAD_STORAGE: 'database' });
    second = await createTestApp({ UPLOAD_STORAGE: 'database' }, undefined, { database: first.database });
    w = await testWorld(first);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('reads through one process what the other stored, and writes no file', async () => {
    const sent = await upload(first, await smallJpeg(), '食堂.jpg', { token: w.tokens.worker });
    expect(sent.status).toBe(201);
    const submitted = await first.request('POST', '/api/requests', { token: w.tokens.worker, body: request(w, [sent.body.id]) });
    expect(submitted.status).toBe(201);

    const fromFirst = await fetch(`${first.baseUrl}/api/attachments/${sent.body.id}`, { headers: { authorization: `Bearer ${w.tokens.cadre}` } });
    const fromSecond = await fetch(`${second.baseUrl}/api/attachments/${sent.body.id}`, { headers: { authorization: `Bearer ${w.tokens.cadre}` } });
    expect([fromFirst.status, fromSecond.status]).toEqual([200, 200]);
    const bytes = Buffer.from(await fromSecond.arrayBuffer());
    expect(bytes).toEqual(Buffer.from(await fromFirst.arrayBuffer()));
    expect(bytes.length).toBe(sent.body.size);
    expect(fromSecond.headers.get('content-type')).toBe('image/jpeg');
    expect(fromSecond.headers.get('content-length')).toBe(String(sent.body.size));

    const db = first.app.get(DataSource);
    const [{ key }] = await db.query(`SELECT storage_path AS key FROM attachment WHERE id = $1`, [sent.body.id]);
    const [stored] = await db.query(`SELECT content FROM upload_content WHERE storage_key = $1`, [key]);
    expect(stored.content).toEqual(bytes);

    const thumbnail = await fetch(`${second.baseUrl}/api/attachments/${sent.body.id}/thumbnail`, { headers: { authorization: `Bearer ${w.tokens.cadre}` } });
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    const [{ thumbnailKey }] = await db.query(`SELECT thumbnail_path AS "thumbnailKey" FROM attachment WHERE id = $1`, [sent.body.id]);
    const [storedThumbnail] = await db.query(`SELECT content FROM upload_content WHERE storage_key = $1`, [thumbnailKey]);
    expect(storedThumbnail.content).toEqual(Buffer.from(await thumbnail.arrayBuffer()));
    expect([...(await filesUnder(first.dataDir)), ...(await filesUnder(second.dataDir))]).toEqual([]);
  });

  it('says the upload storage is ready through the readiness check', async () => {
    const ready = await second.request('GET', '/api/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body.details.uploads).toEqual({ status: 'up' });
  });

  it('keeps no bytes when the attachment row cannot be saved', async () => {
    const db = first.app.get(DataSource);
    const before = (await db.query(`SELECT count(*)::int AS n FROM upload_content`))[0].n;
    // A row the insert cannot pass: the attachment table refuses, the bytes already stored must go too.
    await db.query(`ALTER TABLE attachment ADD CONSTRAINT test_refuses_uploads CHECK (size < 0) NOT VALID`);
    try {
      const refused = await upload(first, photo(2), 'refused.jpg', { token: w.tokens.worker });
      expect(refused.status).toBeGreaterThanOrEqual(400);
    } finally {
      await db.query(`ALTER TABLE attachment DROP CONSTRAINT test_refuses_uploads`);
    }
    expect((await db.query(`SELECT count(*)::int AS n FROM upload_content`))[0].n).toBe(before);
  });
});

describe.each(['disk', 'database'] as const)('abandoned uploads (%s storage) are swept after 24 hours', (storage) => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;

  beforeAll(async () => {
    t = await createTestApp({ UPLOAD_STORAGE: storage, JOBS: storage === 'database' ? 'on' : 'off' });
    w = await testWorld(t);
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t?.close();
  });

  const keyStored = async (key: string): Promise<boolean> => {
    if (storage === 'database') return (await db.query(`SELECT 1 FROM upload_content WHERE storage_key = $1`, [key])).length === 1;
    return (await filesUnder(join(t.dataDir, 'uploads'))).some((file) => file.endsWith(key.split('/').pop() as string));
  };
  const stored = async (id: string): Promise<boolean> => {
    const [row] = await db.query(`SELECT storage_path AS key FROM attachment WHERE id = $1`, [id]);
    return row ? keyStored(row.key) : false;
  };
  const bytesLeft = async (): Promise<number> =>
    storage === 'database' ? (await db.query(`SELECT count(*)::int AS n FROM upload_content`))[0].n : (await filesUnder(join(t.dataDir, 'uploads'))).length;
  const age = (id: string, hours: number) => db.query(`UPDATE attachment SET created_at = now() - make_interval(hours => $2) WHERE id = $1`, [id, hours]);

  it('deletes the rows and bytes of uploads never linked for 24 hours, and nothing else', async () => {
    const ids: string[] = [];
    for (let n = 0; n < 4; n++) {
      // The first, to be abandoned, is a photo libvips decodes: it has a thumbnail, which must go with it.
      const res = await upload(t, n === 0 ? await smallJpeg() : photo(n), `p${n}.jpg`, { token: w.tokens.worker });
      expect(res.status).toBe(201);
      ids.push(res.body.id);
    }
    const [abandoned, fresh, linkedLater, almost] = ids;
    const submitted = await t.request('POST', '/api/requests', { token: w.tokens.worker, body: request(w, [linkedLater]) });
    expect(submitted.status).toBe(201);
    await age(abandoned, 25);
    await age(linkedLater, 25); // linked while it could be: it stays
    await age(almost, 23);
    const before = await bytesLeft();
    const [{ thumbnailKey }] = await db.query(`SELECT thumbnail_path AS "thumbnailKey" FROM attachment WHERE id = $1`, [abandoned]);
    expect(await keyStored(thumbnailKey)).toBe(true);

    expect(await t.app.get(AttachmentsService).sweepAbandoned(1)).toBe(1); // batches of one still find all there is
    expect(await stored(abandoned)).toBe(false);
    expect(await keyStored(thumbnailKey)).toBe(false);
    expect((await db.query(`SELECT 1 FROM attachment WHERE id = $1`, [abandoned])).length).toBe(0);
    for (const kept of [fresh, linkedLater, almost]) expect(await stored(kept)).toBe(true);
    expect(await bytesLeft()).toBe(before - 2); // the photo and its thumbnail
    const gone = await fetch(`${t.baseUrl}/api/attachments/${abandoned}`, { headers: { authorization: `Bearer ${w.tokens.worker}` } });
    expect(gone.status).toBe(404);

    expect(await t.app.get(AttachmentsService).sweepAbandoned()).toBe(0);
  });

  if (storage === 'database') {
    it('runs as an hourly job of the shared queue', async () => {
      const schedules = await db.query(`SELECT cron FROM pgboss.schedule WHERE name = $1`, [ABANDONED_UPLOADS_JOB]);
      expect(schedules).toEqual([{ cron: '23 * * * *' }]);
    });
  }
});
