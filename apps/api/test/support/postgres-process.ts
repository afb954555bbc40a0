// A PostgreSQL server a test owns and may kill: the embedded server under supervision (supervised-postgres.ts) in a
// helper process, its postmaster found by PID. For the specs that take the database away (resilience, topology).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** The running server's postmaster, from the cluster's postmaster.pid. */
export function postmasterPid(clusterDir: string): number {
  return Number(readFileSync(join(clusterDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Starts support/supervised-postgres.ts on `clusterDir` (every folder above it traversable by `postgres` when we are
 * root); resolves `url` once the server runs. `onNotice` hears each supervision line (died, restarted) as it comes.
 */
export function startSupervisedServer(clusterDir: string, delaysMs: number[], onNotice: (line: string) => void): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', join(__dirname, 'supervised-postgres.ts'), clusterDir, delaysMs.join(',')], {
    env: { ...process.env, TS_NODE_PROJECT: join(__dirname, '../../tsconfig.spec.json') },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const event = JSON.parse(line) as { url?: string; notice?: string };
      if (event.url) resolve(event.url);
      if (event.notice) onNotice(event.notice);
    });
    child.once('exit', (code) => reject(new Error(`supervised-postgres exited with code ${code}`)));
  });
  return { child, url };
}

/** Stops the helper (which stops the server); whatever happened to the helper, no server of ours outlives the test. */
export async function stopSupervisedServer(child: ChildProcess, clusterDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  }
  if (existsSync(join(clusterDir, 'postmaster.pid'))) {
    const pid = postmasterPid(clusterDir);
    if (pid > 0 && alive(pid)) process.kill(pid, 'SIGINT');
  }
}
