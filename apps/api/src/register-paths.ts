// The compiled API keeps imports like `@banshishi/workflow`; point them at the compiled libs beside it.
// Under ts-jest or ts-node the jest/tsconfig mappings do this instead, so this only acts on built output.
import { join } from 'node:path';
import { register } from 'tsconfig-paths';

if (!__filename.endsWith('.ts')) {
  // dist/api/apps/api/src/register-paths.js → dist/api
  register({ baseUrl: join(__dirname, '..', '..', '..'), paths: { '@banshishi/*': ['libs/*/src'] } });
}
