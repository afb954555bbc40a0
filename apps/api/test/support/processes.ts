// For the specs that start the built API as real processes (clocks across instances, the nginx topology).
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../../../..');
/** The compiled API, as `npm start` runs it. */
export const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');

/** The newest modification time of a .ts file under a folder (the sources the built API comes from). */
function newestSource(folder: string): number {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newestSource(path));
    else if (entry.name.endsWith('.ts')) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/** `npm test` builds first; a plain jest run builds here when the output is missing or older than the sources. */
export function ensureBuiltApi(): void {
  const sources = Math.max(newestSource(join(ROOT, 'apps/api/src')), newestSource(join(ROOT, 'libs')));
  if (!existsSync(MAIN) || statSync(MAIN).mtimeMs < sources) {
    execFileSync('npx', ['tsc', '-p', 'apps/api/tsconfig.app.json'], { cwd: ROOT, stdio: 'inherit' });
  }
}

/** A port nobody listens on right now, on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}
