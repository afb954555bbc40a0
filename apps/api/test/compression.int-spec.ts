// Compression and caching over real HTTP: the built web app's pre-compressed files chosen by Accept-Encoding (without
// nginx), hashed assets kept for good and index.html asked for again, API JSON above 1 KiB compressed on the fly,
// small answers and errors left as they are.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { COMPRESSION_THRESHOLD_BYTES } from '../src/common/http/compression';
import { IMMUTABLE } from '../src/web-app';
import { signIn } from './support/world';
import { createTestApp, type TestApp } from './test-app';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** the bytes as they travelled */
  raw: Buffer;
}

/** A GET whose body is not decoded, so the test sees what travelled. */
function rawGet(baseUrl: string, path: string, headers: Record<string, string>): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, baseUrl), { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, raw: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function decoded(res: RawResponse): Buffer {
  if (res.headers['content-encoding'] === 'br') return brotliDecompressSync(res.raw);
  if (res.headers['content-encoding'] === 'gzip') return gunzipSync(res.raw);
  return res.raw;
}

describe('compression and caching (real HTTP)', () => {
  // A built web app in miniature: what Vite writes (a hashed script with its .br and .gz, index.html with its own).
  const webDir = mkdtempSync(join(tmpdir(), 'banshishi-web-'));
  const script = Buffer.from(`export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `诉求 ${i}`))};\n`);
  const html = Buffer.from(`<!doctype html><html><head><script type="module" src="/assets/index-Ab12Cd34.js"></script></head><body>${'<div></div>'.repeat(200)}</body></html>`);
  // The files as written at build time: served byte for byte, never compressed again per request.
  const scriptBr = brotliCompressSync(script);
  const scriptGz = gzipSync(script);
  const baseUrl = () => `http://127.0.0.1:${(t.app.getHttpServer().address() as { port: number }).port}`;
  let t: TestApp;

  beforeAll(async () => {
    mkdirSync(join(webDir, 'assets'));
    writeFileSync(join(webDir, 'assets/index-Ab12Cd34.js'), script);
    writeFileSync(join(webDir, 'assets/index-Ab12Cd34.js.br'), scriptBr);
    writeFileSync(join(webDir, 'assets/index-Ab12Cd34.js.gz'), scriptGz);
    writeFileSync(join(webDir, 'index.html'), html);
    writeFileSync(join(webDir, 'index.html.br'), brotliCompressSync(html));
    writeFileSync(join(webDir, 'index.html.gz'), gzipSync(html));
    t = await createTestApp({ WEB_DIR: webDir });
  });
  afterAll(async () => {
    await t.close();
    rmSync(webDir, { recursive: true, force: true });
  });

  it('sends a hashed script as its .br file to a browser that accepts brotli, cached for good', async () => {
    const res = await rawGet(baseUrl(), '/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers['cache-control']).toBe(IMMUTABLE);
    expect(res.headers['vary']).toMatch(/accept-encoding/i);
    expect(res.raw.equals(scriptBr)).toBe(true);
    expect(decoded(res).equals(script)).toBe(true);
  });

  it('sends the .gz file to a browser without brotli, and the file itself to one without either', async () => {
    const gzip = await rawGet(baseUrl(), '/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.raw.equals(scriptGz)).toBe(true);
    const plain = await rawGet(baseUrl(), '/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.raw.equals(script)).toBe(true);
    expect(plain.headers['cache-control']).toBe(IMMUTABLE);
  });

  it('never lets index.html be cached, at / and on a client-side route, compressed as well', async () => {
    for (const path of ['/', '/index.html', '/s/some-entry-token', '/requests/new']) {
      const res = await rawGet(baseUrl(), path, { 'accept-encoding': 'br' });
      expect({ path, status: res.status, cache: res.headers['cache-control'], encoding: res.headers['content-encoding'] }).toEqual({
        path,
        status: 200,
        cache: 'no-cache',
        encoding: 'br',
      });
      expect(decoded(res).equals(html)).toBe(true);
    }
  });

  it('compresses a JSON list above 1 KiB, and leaves small answers and errors as they are', async () => {
    const admin = await signIn(t, 'admin');
    const auth = { authorization: `Bearer ${admin.token}` };
    const units = await rawGet(baseUrl(), '/api/units', { ...auth, 'accept-encoding': 'gzip, deflate, br' });
    expect(units.status).toBe(200);
    expect(units.headers['content-encoding']).toBe('br');
    expect(units.headers['content-type']).toMatch(/^application\/json/);
    const json = decoded(units);
    expect(json.length).toBeGreaterThan(COMPRESSION_THRESHOLD_BYTES);
    expect(units.raw.length).toBeLessThan(json.length / 2);
    expect(Array.isArray(JSON.parse(json.toString()))).toBe(true);
    const gzip = await rawGet(baseUrl(), '/api/units', { ...auth, 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(decoded(gzip).equals(json)).toBe(true);

    const live = await rawGet(baseUrl(), '/api/health/live', { 'accept-encoding': 'br' });
    expect(live.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(live.raw.toString())).toEqual({ status: 'ok' });

    const missing = await rawGet(baseUrl(), '/api/no-such-thing', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(JSON.parse(decoded(missing).toString())).toEqual({ code: 'NOT_FOUND', message: expect.any(String) });
  });

  it('sends a workbook download whole and uncompressed (already zipped)', async () => {
    const admin = await signIn(t, 'admin');
    const res = await rawGet(baseUrl(), '/api/roster/template.xlsx', { authorization: `Bearer ${admin.token}`, 'accept-encoding': 'br, gzip' });
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.raw.subarray(0, 2).toString()).toBe('PK');
  });
});
