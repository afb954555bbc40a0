// Starts the built app (dist/) as `npm start` would, on a free port with its own DATA_DIR or a fresh database.
import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';

const ROOT = resolve(__dirname, '../../../..');
const MAIN = join(ROOT, 'dist/api/apps/api/src/main.js');

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => done(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export interface AppServer {
  baseUrl: string;
  stop(): Promise<void>;
}

export async function startAppServer(): Promise<AppServer> {
  if (!existsSync(MAIN) || !existsSync(join(ROOT, 'dist/web/index.html'))) {
    throw new Error('The app is not built: run `npx nx run-many -t build --projects=api,web` (npm test does it for you)');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'banshishi-e2e-'));
  chmodSync(dataDir, 0o755);
  const port = await freePort();
  // The browsers use 127.0.0.1; PUBLIC_URL names the same server as localhost, so a test sees which address a QR poster
  // or a tracking slip carries (the public one, never the browser's).
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    NODE_ENV: 'development',
    LOG_LEVEL: 'warn',
    PUBLIC_URL: `http://localhost:${port}`,
  };

  let dropDatabase = async () => undefined as void;
  if (process.env.DATABASE_URL) {
    const name = `banshishi_e2e_${Date.now().toString(36)}`;
    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(process.env.DATABASE_URL);
    url.pathname = `/${name}`;
    env.DATABASE_URL = url.toString();
    dropDatabase = async () => {
      const c = new Client({ connectionString: process.env.DATABASE_URL });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  }

  const child: ChildProcess = spawn(process.execPath, [MAIN], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));

  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`the app did not start within 90 s:\n${output.slice(-4000)}`)), 90_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the app exited with ${code}:\n${output.slice(-4000)}`));
    });
    const poll = setInterval(() => {
      if (output.includes('listening on http://')) {
        clearInterval(poll);
        clearTimeout(timer);
        child.removeAllListeners('exit');
        ready();
      }
    }, 100);
  });

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async stop() {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      await dropDatabase();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
