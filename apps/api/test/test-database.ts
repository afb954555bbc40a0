// The integration tests' PostgreSQL: the embedded server in a fresh temp folder, or the server at DATABASE_URL.
// Migrations run once into a template database; every test file then gets its own copy of it.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';

export const TEMPLATE_DB = 'banshishi_test_template';
const ENV_ADMIN_URL = 'BANSHISHI_TEST_ADMIN_URL';

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export interface TestServer {
  stop(): Promise<void>;
}

/** Jest globalSetup: start or reach PostgreSQL and build the migrated template. */
export async function startTestServer(): Promise<TestServer> {
  let adminUrl: string;
  let stop: () => Promise<void>;
  const external = process.env.DATABASE_URL;
  if (external) {
    adminUrl = external;
    stop = async () => undefined;
  } else {
    const folder = mkdtempSync(join(tmpdir(), 'banshishi-test-'));
    chmodSync(folder, 0o755); // the server runs as `postgres` when we are root
    const embedded = await startEmbeddedPostgres({ clusterDir: join(folder, 'pg'), database: 'postgres' });
    adminUrl = embedded.url;
    stop = async () => {
      await embedded.stop();
      rmSync(folder, { recursive: true, force: true });
    };
  }
  process.env[ENV_ADMIN_URL] = adminUrl;
  await admin(adminUrl, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`);
    await client.query(`CREATE DATABASE ${TEMPLATE_DB}`);
  });
  const dataSource = new DataSource(dataSourceOptions(withDatabase(adminUrl, TEMPLATE_DB)));
  await dataSource.initialize();
  await migrate(dataSource);
  await dataSource.destroy();
  return {
    stop: async () => {
      await admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${TEMPLATE_DB}`)).catch(() => undefined);
      await stop();
    },
  };
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, migrated database for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = process.env[ENV_ADMIN_URL];
  if (!adminUrl) throw new Error(`${ENV_ADMIN_URL} is not set: run integration tests through jest's globalSetup`);
  const name = `banshishi_test_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await admin(adminUrl, (client) => client.query(`CREATE DATABASE ${name} TEMPLATE ${TEMPLATE_DB}`));
  return {
    url: withDatabase(adminUrl, name),
    drop: () => admin(adminUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
