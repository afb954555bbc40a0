// contract-schemas.json is what libs/contracts makes now: a contract changed without `npm run contracts:schemas`
// would leave the OpenAPI document describing the old shape.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

it('is generated from the contracts as they are', () => {
  const root = join(__dirname, '../../../../..');
  const run = spawnSync(process.execPath, [join(root, 'tools/contract-schemas.mjs'), '--check'], { cwd: root, encoding: 'utf8' });
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
}, 120_000);
