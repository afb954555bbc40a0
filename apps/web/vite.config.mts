import react from '@vitejs/plugin-react';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { defineConfig, type Plugin } from 'vite';

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

export default defineConfig(({ command }) => ({
  root,
  plugins: [react(), precompress()],
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
