import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

// The API's process settings are written once (deploy/api-runtime.json) for the tools that start it; the production
// image can only say them in its own syntax, so this checks that it says the same.
const ROOT = resolve(__dirname, '../../..');
const runtime = JSON.parse(readFileSync(join(ROOT, 'deploy/api-runtime.json'), 'utf8')) as { nodeArgs: string[]; env: Record<string, string> };
const dockerfile = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');
const runtimeStage = dockerfile.slice(dockerfile.lastIndexOf('\nFROM '));

describe('the API process settings (deploy/api-runtime.json)', () => {
  it('are the production image CMD: node, the V8 flags, the compiled API', () => {
    const cmd = runtimeStage.match(/^CMD (\[.*\])$/m);
    expect(cmd).not.toBeNull();
    expect(JSON.parse(cmd![1])).toEqual(['node', ...runtime.nodeArgs, 'dist/api/apps/api/src/main.js']);
  });

  it('set the same environment in the production image', () => {
    for (const [name, value] of Object.entries(runtime.env)) {
      expect(runtimeStage).toMatch(new RegExp(`^ENV (.* )?${name}=${value}( |$)`, 'm'));
    }
  });

  it('are flags this Node accepts (an unknown V8 flag would stop the process at start)', () => {
    const out = execFileSync(process.execPath, [...runtime.nodeArgs, '-p', `require('v8').getHeapSpaceStatistics().length > 0`], {
      env: { ...process.env, ...runtime.env },
      encoding: 'utf8',
    });
    expect(out.trim()).toBe('true');
  });
});
