// How the tools start an API process: as the production image does (deploy/api-runtime.json: V8's heap settings and
// the allocator's), so what the benches measure is what production runs.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const runtime = JSON.parse(readFileSync(join(root, 'deploy/api-runtime.json'), 'utf8'));

/** The compiled API's arguments to node, and the environment it runs with on top of `env`. */
export function apiProcess(env) {
  return { args: [...runtime.nodeArgs, join(root, 'dist/api/apps/api/src/main.js')], env: { ...env, ...runtime.env } };
}
