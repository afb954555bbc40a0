// Boots the real Nest application (same factory as production) on a fresh database and a random port.
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/app.factory';
import { loadConfig } from '../src/config/app-config';
import { httpApi, type Api } from './support/http';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp extends Api {
  app: NestFastifyApplication;
  database: TestDatabase;
  /** this app's own DATA_DIR (uploads), removed on close */
  dataDir: string;
  close(): Promise<void>;
}

/**
 * `options.database`: run on another app's database (several replicas on one database); that app's close drops it,
 * so close this one first.
 */
export async function createTestApp(env: Record<string, string> = {}, logStream?: NodeJS.WritableStream, options: { database?: TestDatabase } = {}): Promise<TestApp> {
  const database = options.database ?? (await createTestDatabase());
  const dataDir = await mkdtemp(join(tmpdir(), 'banshishi-test-'));
  // Background jobs (pg-boss) only for the tests that ask for them (JOBS: 'on'): the others stay fast.
  const config = loadConfig({ NODE_ENV: 'test', WEB_DIR: '/nonexistent', DATA_DIR: dataDir, SEED_DEMO_REQUESTS: 'false', JOBS: 'off', ...env });
  const app = await createApp({ config, databaseUrl: database.url, appSecret: 'test-secret-'.padEnd(40, 'x'), logStream });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    ...httpApi(baseUrl),
    app,
    database,
    dataDir,
    async close() {
      await app.close();
      if (!options.database) await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
