#!/usr/bin/env node
// `npm test`: build the app (the browser tests drive the built app), then run every jest project once.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const env = { NX_DAEMON: 'false', NX_TUI: 'false', NX_NO_CLOUD: 'true', ...process.env };

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run('npx', ['nx', 'run-many', '-t', 'build', '--projects=api,web', '--outputStyle=static']);
run('npx', ['jest', '--ci', '--coverage', ...process.argv.slice(2)]);
