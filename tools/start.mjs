#!/usr/bin/env node
// `npm start`: build what changed (Nx caches the rest), then run the API, which serves the web app on the same port.
// `npm run db:migrate` passes --migrate-only: open the database, apply migrations, exit.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

const projects = process.argv.includes('--migrate-only') ? 'api' : 'api,web';
const build = spawnSync('npx', ['nx', 'run-many', '-t', 'build', `--projects=${projects}`, '--outputStyle=static'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', ...process.env },
});
if (build.status !== 0) {
  console.error('banshishi: the build failed (see above)');
  process.exit(build.status ?? 1);
}
const main = join(root, 'dist/api/apps/api/src/main.js');
if (!existsSync(main)) {
  console.error(`banshishi: ${main} is missing after the build`);
  process.exit(1);
}
createRequire(import.meta.url)(main);
