#!/usr/bin/env node
// `npm run db:backup` and `npm run db:restore <backup>`: builds the API (Nx caches it), then runs its backup command
// (apps/api/src/database/backup/backup-cli.ts) with the arguments given: `backup [--to <folder>]` or
// `restore <backup> [--until <time>|latest]`.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root); // DATA_DIR (default .data) is relative to the project, as for `npm start`
const build = spawnSync('npx', ['nx', 'run', 'api:build', '--outputStyle=static'], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', ...process.env },
});
if (build.status !== 0) {
  console.error('banshishi: the build failed (see above)');
  process.exit(build.status ?? 1);
}
createRequire(import.meta.url)(join(root, 'dist/api/apps/api/src/database/backup/backup-cli.js'));
