// The page-weight budget: what a page's first visit must download, read off the built app's manifest
// (dist/web/.vite/manifest.json, written by `vite build`; `npm test` builds before jest runs). A page costs its entry's
// static import graph (index.html: React, the router, antd's core, the shell), the zh-CN strings and locales loaded
// before the first render (lib/i18n), and its route chunk with that chunk's own static imports. Chunks a page loads
// later (the submission's result, the menu drawer, a chart) are not counted: they are not on the way to the first paint.
// Sizes are gzip -9 of each file, as the server sends them to a browser without brotli (brotli is ~10–15 % smaller).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Chunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}

const WEB_DIR = join(__dirname, '../../../dist/web');
const MANIFEST = join(WEB_DIR, '.vite/manifest.json');
const KB = 1024;

/**
 * Budgets in KB of gzipped JavaScript, a little above what the build weighs today, so that an added import fails here
 * rather than on a worker's phone. The goals (120 KB for the worker pages, 350 KB for the cadre's inbox) are lower:
 * see docs/decisions.md, "Page weight".
 */
const PAGES = [
  { page: '/s/<token> (QR entry, anonymous)', route: 'src/app/routes/entry.tsx', budgetKb: 385 },
  { page: '/requests/new (worker)', route: 'src/app/routes/requests/new.tsx', budgetKb: 385 },
  { page: '/track (anyone)', route: 'src/app/routes/track.tsx', budgetKb: 430 },
  { page: '/inbox (cadre)', route: 'src/app/routes/inbox/inbox.tsx', budgetKb: 480 },
];

function readManifest(): Record<string, Chunk> {
  if (!existsSync(MANIFEST)) {
    throw new Error(`${MANIFEST} is missing: build the web app first (npm run build, or npm test, which builds before it tests)`);
  }
  return JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, Chunk>;
}

/** Every chunk the given ones import statically, themselves included. */
function staticGraph(manifest: Record<string, Chunk>, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...roots];
  while (todo.length) {
    const key = todo.pop() as string;
    if (seen.has(key)) continue;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in the build's manifest (was it renamed or moved?)`);
    seen.add(key);
    todo.push(...(chunk.imports ?? []));
  }
  return seen;
}

const gzipBytes = (file: string) => gzipSync(readFileSync(join(WEB_DIR, file)), { level: 9 }).length;

function pageWeight(manifest: Record<string, Chunk>, route: string) {
  // zh-CN is the default language: its strings, antd's and dayjs's locale, loaded by lib/i18n before the first render.
  const language = (manifest['index.html'].dynamicImports ?? []).filter((key) => /zh[-_]cn/i.test(key));
  const chunks = [...staticGraph(manifest, ['index.html', ...language, route])];
  const js = chunks.map((key) => ({ key, bytes: gzipBytes(manifest[key].file) })).sort((a, b) => b.bytes - a.bytes);
  const css = [...new Set(chunks.flatMap((key) => manifest[key].css ?? []))].reduce((sum, file) => sum + gzipBytes(file), 0);
  return { js, jsBytes: js.reduce((sum, chunk) => sum + chunk.bytes, 0), cssBytes: css, languageChunks: language };
}

describe('page weight (the built app)', () => {
  const manifest = readManifest();

  it('loads only the language in use before the first render', () => {
    const languages = manifest['index.html'].dynamicImports ?? [];
    expect(languages).toEqual(expect.arrayContaining(['src/locales/zh-CN.json', 'src/locales/en.json']));
    const entryGraph = staticGraph(manifest, ['index.html']);
    expect([...entryGraph].filter((key) => key.includes('locales/'))).toEqual([]);
  });

  it("keeps the chart module (echarts-lib, loaded when a chart is drawn) off the way to every page's first paint", () => {
    const echarts = Object.keys(manifest).filter((key) => key.includes('echarts-lib'));
    expect(echarts.length).toBeGreaterThan(0);
    for (const { route } of PAGES) {
      const graph = staticGraph(manifest, ['index.html', route]);
      expect({ route, echarts: echarts.filter((key) => graph.has(key)) }).toEqual({ route, echarts: [] });
    }
  });

  it('writes a .br and a .gz beside every script and style sheet', () => {
    for (const chunk of Object.values(manifest)) {
      for (const file of [chunk.file, ...(chunk.css ?? [])].filter((name) => /\.(js|css)$/.test(name))) {
        if (readFileSync(join(WEB_DIR, file)).length < KB) continue;
        expect({ file, br: existsSync(join(WEB_DIR, `${file}.br`)), gz: existsSync(join(WEB_DIR, `${file}.gz`)) }).toEqual({ file, br: true, gz: true });
      }
    }
  });

  it.each(PAGES)('$page stays within $budgetKb KB of gzipped JavaScript', ({ page, route, budgetKb }) => {
    const { js, jsBytes, cssBytes } = pageWeight(manifest, route);
    const heaviest = js
      .slice(0, 8)
      .map((chunk) => `  ${(chunk.bytes / KB).toFixed(1).padStart(6)} KB  ${chunk.key}`)
      .join('\n');
    if (jsBytes > budgetKb * KB) {
      throw new Error(
        `${page} downloads ${(jsBytes / KB).toFixed(1)} KB of gzipped JavaScript before its first paint, over its budget of ${budgetKb} KB ` +
          `(${js.length} files, CSS ${(cssBytes / KB).toFixed(1)} KB). The heaviest:\n${heaviest}\n` +
          'Load what the page does not need at once lazily (React.lazy / import()), or raise the budget in apps/web/src/page-weight.spec.ts with a reason.',
      );
    }
    expect(jsBytes).toBeGreaterThan(0);
  });
});
