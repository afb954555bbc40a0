import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin, type Rollup } from 'vite';
import { lightPreloadScript } from './src/app/light/light-preload';
import { LANGUAGES, type Language } from './src/lib/languages';

const root = fileURLToPath(new URL('.', import.meta.url));
const lib = (name: string) => fileURLToPath(new URL(`../../libs/${name}/src/index.ts`, import.meta.url));

/** Files worth compressing: text, at least 1 KiB (smaller ones fit in a packet either way). */
const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|txt|map)$/;
const MIN_BYTES = 1024;

function* filesUnder(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* filesUnder(path);
    else yield path;
  }
}

/**
 * Writes `<file>.br` (brotli, best quality) and `<file>.gz` (gzip -9) beside every compressible output file, once, at
 * build time: the server then picks one by the browser's Accept-Encoding without compressing anything per request.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'banshishi:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle() {
      for (const path of filesUnder(outDir)) {
        // .vite/ holds the build's manifest, read by the budget test, never sent to a browser.
        if (path.includes(`${sep}.vite${sep}`) || !COMPRESSIBLE.test(path) || statSync(path).size < MIN_BYTES) continue;
        const content = readFileSync(path);
        writeFileSync(`${path}.br`, brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length } }));
        writeFileSync(`${path}.gz`, gzipSync(content, { level: 9 }));
      }
    },
  };
}

/** Every chunk the given one imports statically, itself included. */
function staticGraph(bundle: Rollup.OutputBundle, from: Rollup.OutputChunk): Rollup.OutputChunk[] {
  const seen = new Map<string, Rollup.OutputChunk>();
  const todo = [from];
  for (let chunk = todo.pop(); chunk; chunk = todo.pop()) {
    if (seen.has(chunk.fileName)) continue;
    seen.set(chunk.fileName, chunk);
    todo.push(...chunk.imports.map((file) => bundle[file] as Rollup.OutputChunk));
  }
  return [...seen.values()];
}

/**
 * Writes into index.html the script that, on a light worker page only, asks for the light shell's chunks, style sheets
 * and the language's strings at once, beside the entry (src/app/light/light-preload.ts says why). The chunks are read
 * off the bundle: those `import('./app/light/light-app')` loads, less the entry's own.
 */
function preloadLightShell(): Plugin {
  let base = '/';
  return {
    name: 'banshishi:preload-light-shell',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return;
        const chunks = Object.values(bundle).filter((output): output is Rollup.OutputChunk => output.type === 'chunk');
        const byModule = (suffix: string) => {
          const found = chunks.find((chunk) => chunk.facadeModuleId?.endsWith(suffix));
          if (!found) throw new Error(`banshishi:preload-light-shell: no chunk for ${suffix} (was it renamed or moved?)`);
          return found;
        };
        const inEntry = new Set(staticGraph(bundle, entry).map((chunk) => chunk.fileName));
        const shell = staticGraph(bundle, byModule('/src/app/light/light-app.tsx')).filter((chunk) => !inEntry.has(chunk.fileName));
        const strings = Object.fromEntries(LANGUAGES.map((language) => [language, byModule(`/src/locales/${language}.json`)])) as Record<Language, Rollup.OutputChunk>;
        for (const chunk of Object.values(strings)) {
          if (chunk.imports.some((file) => !inEntry.has(file))) throw new Error(`banshishi:preload-light-shell: ${chunk.fileName} imports more than the entry does`);
        }
        const url = (file: string) => `${base}${file}`;
        const script = lightPreloadScript({
          modules: shell.map((chunk) => url(chunk.fileName)),
          styles: [...new Set(shell.flatMap((chunk) => [...(chunk.viteMetadata?.importedCss ?? [])]))].map(url),
          strings: Object.fromEntries(Object.entries(strings).map(([language, chunk]) => [language, url(chunk.fileName)])) as Record<Language, string>,
        });
        return [{ tag: 'script', children: script, injectTo: 'head' }];
      },
    },
  };
}

export default defineConfig(({ command }) => ({
  root,
  plugins: [react(), preloadLightShell(), precompress()],
  resolve: {
    alias: {
      '@banshishi/workflow': lib('workflow'),
      '@banshishi/contracts': lib('contracts'),
      // react-router's package points every import at its development build (warnings and checks for the developer);
      // the build takes the production one beside it.
      ...(command === 'build' ? { 'react-router': fileURLToPath(new URL('../../node_modules/react-router/dist/production/index.mjs', import.meta.url)) } : {}),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    // dist/web/.vite/manifest.json: which chunks each entry and page imports (read by the page-weight budget test).
    manifest: true,
    chunkSizeWarningLimit: 1500,
  },
  server: {
    port: 4200,
    proxy: { '/api': 'http://localhost:3000' },
  },
}));
