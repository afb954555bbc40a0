// Attachments over real HTTP and PostgreSQL: upload checked by content, metadata stripped, nothing stored on refusal,
// linking on submission, and reading (the file or a photo's thumbnail) by scope or by the tracking code + secret.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { clientAddresses } from './support/http';
import { colourAt, sidewaysPhonePhoto, tellsWhereOrWhat } from './support/phone-photo';
import { tinyJpeg, upload as uploadFile } from './support/upload';
import { entryTokenOf, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const GPS = 'GPS 31.2304N 121.4737E';

/** A structurally complete JPEG whose EXIF segment carries a GPS-like string. */
const jpegWithExif = () => tinyJpeg(GPS);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('attachments: upload, link and read (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  const asClient = clientAddresses('198.51.100');

  const uploadsDir = () => join(t.dataDir, 'uploads');
  const countRows = async () => (await db.query(`SELECT count(*)::int AS n FROM attachment`))[0].n as number;

  /** A multipart upload as a browser sends it, from a new client address. */
  const upload = (bytes: Buffer, filename: string, options: { token?: string; entryToken?: string; type?: string } = {}) =>
    uploadFile(t, bytes, filename, { ...options, headers: asClient() });

  function request(overrides: Record<string, unknown> = {}) {
    return { categoryId: w.categoryId, title: '车间地面积水容易滑倒', description: '二号车间出口处地面长期积水，已经有两位同事滑倒，照片附后。', ...overrides };
  }

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    w = await testWorld(t, { headers: asClient });
    db = t.app.get(DataSource);
  });
  afterAll(async () => {
    await t.close();
  });

  it('stores a worker’s photo under a server-made name with its EXIF removed, links it on submit and shows it on the detail', async () => {
    const worker = w.tokens.worker;
    const res = await upload(jpegWithExif(), '积水照片.JPG', { token: worker, type: 'text/plain' });
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ id: expect.any(String), kind: 'image', contentType: 'image/jpeg', size: expect.any(Number), originalName: '积水照片.JPG' });

    const [row] = await db.query(`SELECT storage_path, size, uploader_scope, request_id FROM attachment WHERE id = $1`, [res.body.id]);
    expect(row.storage_path).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}\.jpg$/);
    expect(row.request_id).toBeNull();
    const stored = await readFile(join(t.dataDir, row.storage_path));
    expect(stored.toString('latin1')).not.toContain(GPS);
    expect(stored.toString('latin1')).not.toContain('Exif');
    expect(stored.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    expect(stored.length).toBe(row.size);
    expect((await stat(join(t.dataDir, row.storage_path))).mode & 0o777).toBe(0o640);
    expect(await filesUnder(uploadsDir())).toHaveLength(1); // no temporary file left

    const submitted = await t.request('POST', '/api/requests', { token: worker, body: request({ attachmentIds: [res.body.id] }) });
    expect(submitted.status).toBe(201);
    const [linked] = await db.query(`SELECT request_id, uploader_scope FROM attachment WHERE id = $1`, [res.body.id]);
    expect(linked).toEqual({ request_id: submitted.body.id, uploader_scope: null });

    const detail = await t.request('GET', `/api/requests/${submitted.body.id}`, { token: worker });
    expect(detail.body.attachments).toEqual([res.body]);

    for (const who of ['worker', 'cadre', 'leader']) {
      const file = await fetch(`${t.baseUrl}/api/attachments/${res.body.id}`, { headers: { authorization: `Bearer ${w.tokens[who]}` } });
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe('image/jpeg');
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(file.headers.get('content-disposition')).toBe(`inline; filename="____.JPG"; filename*=UTF-8''${encodeURIComponent('积水照片.JPG')}`);
      expect(Buffer.from(await file.arrayBuffer())).toEqual(stored);
    }

    // cadre2 (town 2) does not see a town-1 request: the attachment does not exist for them, nor without a login.
    const cadre2 = await t.request('GET', `/api/attachments/${res.body.id}`, { token: w.tokens.cadre2 });
    expect(cadre2.status).toBe(404);
    expect((await t.request('GET', `/api/attachments/${res.body.id}`)).status).toBe(404);
  });

  it('lets an anonymous requester upload with the entry token, submit, and read it back with code + secret only', async () => {
    const token = entryTokenOf(w, '滨江物流园联合工会');
    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const up = await upload(pdf, '工资条.pdf', { entryToken: token, type: 'application/pdf' });
    expect(up.status).toBe(201);
    expect(up.body).toMatchObject({ kind: 'pdf', contentType: 'application/pdf', size: pdf.length });

    const res = await t.request('POST', '/api/requests', { headers: asClient(), body: request({ entryToken: token, anonymous: true, attachmentIds: [up.body.id] }) });
    expect(res.status).toBe(201);
    const [row] = await db.query(`SELECT uploader_scope FROM attachment WHERE id = $1`, [up.body.id]);
    expect(row.uploader_scope).toBeNull();

    const tracked = await t.request('GET', `/api/track/${res.body.code}?secret=${res.body.trackingSecret}`);
    expect(tracked.body.attachments).toEqual([up.body]);
    const file = await fetch(`${t.baseUrl}/api/attachments/${up.body.id}?code=${res.body.code}&secret=${res.body.trackingSecret}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await file.arrayBuffer())).toEqual(pdf);

    const wrong = await t.request('GET', `/api/attachments/${up.body.id}?code=${res.body.code}&secret=${res.body.trackingSecret}x`);
    expect(wrong.status).toBe(404);
    const noThumbnail = await t.request('GET', `/api/attachments/${up.body.id}/thumbnail?code=${res.body.code}&secret=${res.body.trackingSecret}`);
    expect(noThumbnail.status).toBe(404); // a PDF has none
  });

  it('makes an upright thumbnail of a big sideways phone photo, ≤ 50 KB and without metadata, for whoever may see the photo', async () => {
    const photo = await sidewaysPhonePhoto();
    expect(tellsWhereOrWhat((await sharp(photo).metadata()).exif)).toBe(true);
    const entryToken = entryTokenOf(w, '滨江物流园联合工会');
    const up = await upload(photo, '仓库漏雨.jpg', { entryToken });
    expect(up.status).toBe(201);
    const [row] = await db.query(`SELECT storage_path, thumbnail_path FROM attachment WHERE id = $1`, [up.body.id]);
    expect(row.thumbnail_path).toMatch(/^uploads\/\d{4}\/\d{2}\/[0-9a-f]{32}\.webp$/);

    // The full photo: as today, metadata gone but for the orientation.
    const full = await sharp(await readFile(join(t.dataDir, row.storage_path))).metadata();
    expect([full.width, full.height, full.orientation, tellsWhereOrWhat(full.exif)]).toEqual([4000, 3000, 6, false]);

    const res = await t.request('POST', '/api/requests', { headers: asClient(), body: request({ entryToken, anonymous: true, attachmentIds: [up.body.id] }) });
    expect(res.status).toBe(201);
    const thumbnailUrl = `${t.baseUrl}/api/attachments/${up.body.id}/thumbnail`;
    const tracking = `?code=${res.body.code}&secret=${res.body.trackingSecret}`;
    const thumbnail = await fetch(thumbnailUrl + tracking);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(thumbnail.headers.get('x-content-type-options')).toBe('nosniff');
    const bytes = Buffer.from(await thumbnail.arrayBuffer());
    expect(bytes.length).toBeLessThanOrEqual(50 * 1024);
    expect(bytes).toEqual(await readFile(join(t.dataDir, row.thumbnail_path)));
    const meta = await sharp(bytes).metadata();
    // Turned upright: 3000×4000 as shown, red above blue, and nothing said about where or on what it was taken.
    expect([meta.format, meta.width, meta.height, meta.orientation, meta.exif, meta.xmp, meta.icc]).toEqual(['webp', 270, 360, undefined, undefined, undefined, undefined]);
    const [top, bottom] = [await colourAt(bytes, 135, 20), await colourAt(bytes, 135, 340)];
    expect(top[0]).toBeGreaterThan(150);
    expect(top[2]).toBeLessThan(100);
    expect(bottom[2]).toBeGreaterThan(150);
    expect(bottom[0]).toBeLessThan(100);

    // The handling unit's cadre may; a wrong secret, no login, another town's cadre and the worker may not.
    expect((await fetch(thumbnailUrl, { headers: { authorization: `Bearer ${w.tokens.cadre}` } })).status).toBe(200);
    for (const outsider of [
      t.request('GET', `/api/attachments/${up.body.id}/thumbnail${tracking}x`),
      t.request('GET', `/api/attachments/${up.body.id}/thumbnail`),
      t.request('GET', `/api/attachments/${up.body.id}/thumbnail`, { token: w.tokens.cadre2 }),
      t.request('GET', `/api/attachments/${up.body.id}/thumbnail`, { token: w.tokens.worker }),
    ]) {
      expect((await outsider).status).toBe(404);
    }

    // A photo stored before thumbnails existed gets one on its first request, kept for the next.
    await db.query(`UPDATE attachment SET thumbnail_path = NULL WHERE id = $1`, [up.body.id]);
    const made = await fetch(thumbnailUrl + tracking);
    expect(made.status).toBe(200);
    const [again] = await db.query(`SELECT thumbnail_path FROM attachment WHERE id = $1`, [up.body.id]);
    expect(again.thumbnail_path).toMatch(/\.webp$/);
    expect(again.thumbnail_path).not.toBe(row.thumbnail_path);
    expect(Buffer.from(await made.arrayBuffer())).toEqual(await readFile(join(t.dataDir, again.thumbnail_path)));
  });

  describe('refused uploads store nothing', () => {
    async function expectNothingStored(before: { rows: number; files: number }) {
      expect(await countRows()).toBe(before.rows);
      expect(await filesUnder(uploadsDir())).toHaveLength(before.files);
    }
    const snapshot = async () => ({ rows: await countRows(), files: (await filesUnder(uploadsDir())).length });

    it('a text file named .jpg → 415', async () => {
      const before = await snapshot();
      const res = await upload(Buffer.from('this is not a photo at all, just text'), 'photo.jpg', { token: w.tokens.worker });
      expect(res.status).toBe(415);
      expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
      await expectNothingStored(before);
    });

    it('a GIF → 415, a damaged JPEG → 415', async () => {
      const before = await snapshot();
      expect((await upload(Buffer.from('GIF89a\x01\0\x01\0', 'latin1'), 'a.gif', { token: w.tokens.worker })).status).toBe(415);
      expect((await upload(jpegWithExif().subarray(0, 30), 'b.jpg', { token: w.tokens.worker })).status).toBe(415);
      await expectNothingStored(before);
    });

    it('more than 10 MB → 413', async () => {
      const before = await snapshot();
      const big = Buffer.concat([jpegWithExif(), Buffer.alloc(10 * 1024 * 1024)]);
      const res = await upload(big, 'big.jpg', { token: w.tokens.worker });
      expect(res.status).toBe(413);
      expect(res.body.code).toBe('PAYLOAD_TOO_LARGE');
      await expectNothingStored(before);
    });

    it.each(['../../etc/passwd', '..\\..\\boot.ini', 'photos/a.jpg'])('a path-like file name %j → 400 naming the field file', async (name) => {
      const before = await snapshot();
      const res = await upload(jpegWithExif(), name, { token: w.tokens.worker });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['file']);
      await expectNothingStored(before);
    });

    it('no login and no entry token → 401; an unknown entry token → 404; a wrong field → 400', async () => {
      const before = await snapshot();
      expect((await upload(jpegWithExif(), 'a.jpg')).status).toBe(401);
      expect((await upload(jpegWithExif(), 'a.jpg', { entryToken: 'no-such-token' })).status).toBe(404);
      const form = new FormData();
      form.append('photo', new Blob([new Uint8Array(jpegWithExif())]), 'a.jpg');
      const res = await fetch(`${t.baseUrl}/api/attachments`, { method: 'POST', body: form, headers: { authorization: `Bearer ${w.tokens.worker}` } });
      expect(res.status).toBe(400);
      const json = await t.request('POST', '/api/attachments', { token: w.tokens.worker, body: { file: 'x' } });
      expect(json.status).toBe(400);
      // Only the upload route reads multipart: elsewhere it is refused, the file unread.
      const elsewhere = await fetch(`${t.baseUrl}/api/requests`, { method: 'POST', body: form, headers: { authorization: `Bearer ${w.tokens.worker}` } });
      expect(elsewhere.status).toBe(400);
      await expectNothingStored(before);
    });
  });

  describe('linking on submission', () => {
    const countRequests = async () => (await db.query(`SELECT count(*)::int AS n FROM request`))[0].n as number;

    it('refuses 6 attachmentIds (400), before anything is saved', async () => {
      const before = await countRequests();
      const ids = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
      const res = await t.request('POST', '/api/requests', { token: w.tokens.worker, body: request({ attachmentIds: ids }) });
      expect(res.status).toBe(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['attachmentIds']);
      expect(await countRequests()).toBe(before);
    });

    it('refuses someone else’s upload, an unknown id and one already linked (400 attachmentIds); no request is saved', async () => {
      const worker = w.tokens.worker;
      const anonymous = await upload(jpegWithExif(), 'a.jpg', { entryToken: entryTokenOf(w, '滨江物流园联合工会') });
      expect(anonymous.status).toBe(201);
      const own = await upload(jpegWithExif(), 'b.jpg', { token: worker });
      const before = await countRequests();
      for (const ids of [[anonymous.body.id], [own.body.id, anonymous.body.id], ['00000000-0000-4000-8000-000000000000']]) {
        const res = await t.request('POST', '/api/requests', { token: worker, body: request({ attachmentIds: ids }) });
        expect(res.status).toBe(400);
        expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['attachmentIds']);
      }
      expect(await countRequests()).toBe(before);
      const [row] = await db.query(`SELECT request_id FROM attachment WHERE id = $1`, [own.body.id]);
      expect(row.request_id).toBeNull();

      const first = await t.request('POST', '/api/requests', { token: worker, body: request({ attachmentIds: [own.body.id] }) });
      expect(first.status).toBe(201);
      const again = await t.request('POST', '/api/requests', { token: worker, body: request({ title: '再次提交同一张照片', attachmentIds: [own.body.id] }) });
      expect(again.status).toBe(400);
    });

    it('lets the uploader (only) preview an upload before it is linked', async () => {
      const own = await upload(jpegWithExif(), 'c.jpg', { token: w.tokens.worker });
      expect((await fetch(`${t.baseUrl}/api/attachments/${own.body.id}`, { headers: { authorization: `Bearer ${w.tokens.worker}` } })).status).toBe(200);
      expect((await t.request('GET', `/api/attachments/${own.body.id}`, { token: w.tokens.cadre })).status).toBe(404);
    });
  });
});
