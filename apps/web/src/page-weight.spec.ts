// The page-weight budget: what a page's first visit must download, read off the built app's manifest
// (dist/web/.vite/manifest.json, written by `vite build`; `npm test` builds before jest runs). A page costs its entry's
// static import graph (index.html: React, i18next), the zh-CN strings loaded before the first render (lib/i18n), and
// its shell: the light one of a worker's pages (app/light), or the full app (antd, the router, react-query, with
// antd's and dayjs's zh-CN locale) and the page's route chunk, each with its own static imports. Chunks a
// page loads later (the submission's result, the menu drawer, a chart) are not counted: they are not on the way to the
// first paint. Sizes are gzip -9 of each file, as the server sends them to a browser without brotli (brotli is ~10–15 %
// smaller).
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

/** main.tsx chooses by address between the light shell of a worker's pages (app/light) and the full app. */
const ENTRY = 'index.html';
const LIGHT_SHELL = 'src/app/light/light-app.tsx';
const FULL_APP = 'src/app/full-app.tsx';

/**
 * Budgets in KB of gzipped JavaScript, a little above what the build weighs today, so that an added import fails here
 * rather than on a worker's phone. The worker pages' goal is 120 KB (met: see docs/decisions.md, "Light worker pages");
 * the cadre's inbox's, 350 KB, is lower than its budget (docs/decisions.md, "Page weight").
 */
const PAGES = [
  { page: '/s/<token> (QR entry, anonymous)', roots: [ENTRY, LIGHT_SHELL], budgetKb: 118 },
  { page: '/requests/new (worker)', roots: [ENTRY, LIGHT_SHELL], budgetKb: 118 },
  { page: '/track (anyone)', roots: [ENTRY, FULL_APP, 'src/app/routes/track.tsx'], budgetKb: 430 },
  { page: '/inbox (cadre)', roots: [ENTRY, FULL_APP, 'src/app/routes/inbox/inbox.tsx'], budgetKb: 480 },
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

/** zh-CN, the default language: what a page loads of it before the first render (chunks its own import dynamically). */
function zhCnChunks(manifest: Record<string, Chunk>, roots: string[]): string[] {
  return [...staticGraph(manifest, roots)].flatMap((key) => (manifest[key].dynamicImports ?? []).filter((imported) => /zh[-_]cn/i.test(imported)));
}

function pageWeight(manifest: Record<string, Chunk>, roots: string[]) {
  // its strings (lib/i18n) on every page; antd's and dayjs's locale too in the full app (lib/antd-locale)
  const language = zhCnChunks(manifest, roots);
  const chunks = [...staticGraph(manifest, [...roots, ...language])];
  const js = chunks.map((key) => ({ key, bytes: gzipBytes(manifest[key].file) })).sort((a, b) => b.bytes - a.bytes);
  const css = [...new Set(chunks.flatMap((key) => manifest[key].css ?? []))].reduce((sum, file) => sum + gzipBytes(file), 0);
  return { js, jsBytes: js.reduce((sum, chunk) => sum + chunk.bytes, 0), cssBytes: css, languageChunks: language };
}

describe('page weight (the built app)', () => {
  const manifest = readManifest();

  it('loads only the language in use before the first render', () => {
    const languages = [...staticGraph(manifest, [ENTRY])].flatMap((key) => manifest[key].dynamicImports ?? []);
    expect(languages).toEqual(expect.arrayContaining(['src/locales/zh-CN.json', 'src/locales/en.json']));
    const entryGraph = staticGraph(manifest, [ENTRY, FULL_APP]);
    expect([...entryGraph].filter((key) => key.includes('locales/') || /zh[-_]cn/i.test(key))).toEqual([]);
    // the full app's antd and dayjs locale: the language in use only, loaded with its strings
    expect(zhCnChunks(manifest, [ENTRY, FULL_APP]).length).toBeGreaterThan(1);
  });

  it("keeps the chart module (echarts-lib, loaded when a chart is drawn) off the way to every page's first paint", () => {
    const echarts = Object.keys(manifest).filter((key) => key.includes('echarts-lib'));
    expect(echarts.length).toBeGreaterThan(0);
    for (const { page, roots } of PAGES) {
      const graph = staticGraph(manifest, roots);
      expect({ page, echarts: echarts.filter((key) => graph.has(key)) }).toEqual({ page, echarts: [] });
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

  it('serves the worker pages from the light shell, which loads neither antd, react-query nor the full app', () => {
    const light = staticGraph(manifest, [ENTRY, LIGHT_SHELL]);
    expect([...light].filter((key) => key === FULL_APP || /node_modules\/(antd|@ant-design|@tanstack|react-router|dayjs)\//.test(key))).toEqual([]);
    // Nor do its chunks hold them under another name (the bundler merges shared modules into chunks named after one of
    // them): antd's components all ask getPrefixCls, react-query's provider says 'No QueryClient set'.
    const markers = /getPrefixCls|No QueryClient set/;
    expect([...light].map((key) => manifest[key].file).filter((file) => markers.test(readFileSync(join(WEB_DIR, file), 'utf8')))).toEqual([]);
    // and the worker's form is in it (the shell imports both pages)
    expect([...light].map((key) => manifest[key].file).filter((file) => readFileSync(join(WEB_DIR, file), 'utf8').includes('intake.form.submit'))).toHaveLength(1);
  });

  it("has the worker pages ask for the light shell's chunks, style sheets and strings straight from the HTML", () => {
    // index.html's inline script (app/light/light-preload.ts), run at each address: what it adds to <head>
    const html = readFileSync(join(WEB_DIR, 'index.html'), 'utf8');
    const inline = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((match) => match[1]);
    expect(inline).toHaveLength(1);
    const linksAt = (pathname: string) => {
      const links: { rel: string; href: string; as?: string }[] = [];
      const document = { createElement: () => ({}), head: { appendChild: (link: { rel: string; href: string; as?: string }) => links.push({ ...link }) } };
      new Function('location', 'localStorage', 'document', inline[0])({ pathname }, { getItem: () => null }, document);
      return links;
    };
    const inEntry = staticGraph(manifest, [ENTRY]);
    const shell = [...staticGraph(manifest, [LIGHT_SHELL])].filter((key) => !inEntry.has(key));
    const url = (file: string) => `/${file}`;
    const expected = {
      modulepreload: [...shell, 'src/locales/zh-CN.json'].map((key) => url(manifest[key].file)).sort(),
      style: [...new Set(shell.flatMap((key) => manifest[key].css ?? []))].map(url).sort(),
    };
    expect(expected.modulepreload.length).toBeGreaterThan(2);
    expect(expected.style.length).toBeGreaterThan(0);
    for (const path of ['/s/M6wTezeGrzLJnBsbEhmlDg2c', '/requests/new']) {
      const links = linksAt(path);
      const hrefs = (rel: string, as?: string) =>
        links
          .filter((link) => link.rel === rel && link.as === as)
          .map((link) => link.href)
          .sort();
      expect({ path, modulepreload: hrefs('modulepreload'), style: hrefs('preload', 'style'), all: links.length }).toEqual({
        path,
        ...expected,
        all: expected.modulepreload.length + expected.style.length,
      });
    }
    // the full app's pages load nothing more
    for (const path of ['/', '/inbox', '/track', '/requests/mine']) expect({ path, links: linksAt(path) }).toEqual({ path, links: [] });
  });

  it.each(PAGES)('$page stays within $budgetKb KB of gzipped JavaScript', ({ page, roots, budgetKb }) => {
    const { js, jsBytes, cssBytes } = pageWeight(manifest, roots);
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
