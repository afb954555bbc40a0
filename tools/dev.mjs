#!/usr/bin/env node
// `npm run dev`: the API and the web app in watch mode, for working on the code.
//   - PostgreSQL: the same embedded cluster as `npm start` (DATA_DIR/postgres, same data and development secret), started
//     once here so that API restarts are quick; or DATABASE_URL when set.
//   - API: `tsc --watch` recompiles apps/api (and the libs it imports) into dist/api; `node --watch` restarts it on
//     http://localhost:3000 when the compiled files change.
//   - Web: Vite's dev server on http://localhost:4200 (hot reload), passing /api to the API (apps/web/vite.config.mts).
// Ctrl-C stops all of it.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);
const require = createRequire(import.meta.url);
const say = (line) => process.stdout.write(`banshishi dev: ${line}\n`);
const fail = (line) => {
  process.stderr.write(`banshishi dev: ${line}\n`);
  process.exit(1);
};

// A first build, so that dist/api exists before the watchers start (incremental: quick when nothing changed).
const tsc = join(root, 'node_modules/.bin/tsc');
const apiTsconfig = 'apps/api/tsconfig.app.json';
if (spawnSync(tsc, ['-p', apiTsconfig], { stdio: 'inherit' }).status !== 0) fail('the API does not compile (see above)');

const dist = join(root, 'dist/api/apps/api/src');
require(join(dist, 'register-paths.js'));
const { ConfigError, loadConfig } = require(join(dist, 'config/app-config.js'));
const { resolveAppSecret } = require(join(dist, 'config/app-secret.js'));
const { openDatabase } = require(join(dist, 'database/database-runtime.js'));
const { EmbeddedPostgresError } = require(join(dist, 'database/embedded-postgres.js'));

let config;
try {
  config = loadConfig();
} catch (error) {
  if (error instanceof ConfigError) fail(`configuration error: ${error.message}`);
  throw error;
}
if (config.port !== 3000) fail(`the Vite dev server passes /api to port 3000 (apps/web/vite.config.mts): unset PORT (got ${config.port})`);
const debug = config.logLevel === 'debug' || config.logLevel === 'trace';
let database;
try {
  database = await openDatabase(config, (line) => debug && say(`[postgres] ${line}`));
} catch (error) {
  if (error instanceof EmbeddedPostgresError) fail(error.message);
  throw error;
}
if (database.embedded) say(`embedded PostgreSQL running, data in ${config.dataDir}`);
// The API is given the database as DATABASE_URL; keep the secret it would have chosen itself for the embedded one.
const appSecret = resolveAppSecret(config, say);
const apiEnv = { ...process.env, DATABASE_URL: database.url, APP_SECRET: appSecret };

const children = new Set();
let stopping = false;

async function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  await Promise.all([...children].map((child) => new Promise((done) => (child.exitCode !== null || child.signalCode !== null ? done() : child.once('exit', done)))));
  await database.stop();
  process.exit(code);
}

function start(name, command, args, env = process.env) {
  const child = spawn(command, args, { stdio: 'inherit', env });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (stopping) return;
    if (!signal) say(`${name} exited (code ${code}); stopping the rest`);
    void stop(signal ? 0 : code || 1);
  });
}

start('tsc --watch', tsc, ['--watch', '--preserveWatchOutput', '-p', apiTsconfig]);
start('API', process.execPath, ['--watch', join(dist, 'main.js')], apiEnv);
start('Vite', join(root, 'node_modules/.bin/vite'), ['--config', 'apps/web/vite.config.mts']);
say('API on http://localhost:3000, web app (hot reload) on http://localhost:4200; Ctrl-C stops everything');

process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
