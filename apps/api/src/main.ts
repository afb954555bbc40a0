// Entry point: validate config, open the database (embedded or DATABASE_URL), migrate, seed, serve on one port.
import './register-paths';
import 'reflect-metadata';
import { createApp } from './app.factory';
import { markShuttingDown } from './common/shutdown';
import { ConfigError, loadConfig, type AppConfig } from './config/app-config';
import { resolveAppSecret } from './config/app-secret';
import { openDatabase, type DatabaseRuntime } from './database/database-runtime';
import { EmbeddedPostgresError } from './database/embedded-postgres';
import { installProcessGuards } from './platform/process/process-guards';

const say = (line: string) => process.stdout.write(`${line}\n`);
const fail = (line: string): never => {
  process.stderr.write(`banshishi: ${line}\n`);
  process.exit(1);
};

async function main(): Promise<void> {
  installProcessGuards((line) => process.stderr.write(`banshishi: ${line}\n`));
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) return fail(`configuration error: ${error.message}`);
    throw error;
  }
  const migrateOnly = process.argv.includes('--migrate-only');
  const debug = config.logLevel === 'debug' || config.logLevel === 'trace';

  let database: DatabaseRuntime;
  try {
    database = await openDatabase(
      config,
      (line) => debug && say(`[postgres] ${line}`),
      (line) => say(`banshishi: ${line}`),
    );
  } catch (error) {
    if (error instanceof EmbeddedPostgresError) return fail(error.message);
    throw error;
  }
  if (database.embedded) say(`banshishi: embedded PostgreSQL running, data in ${config.dataDir}`);

  let app: Awaited<ReturnType<typeof createApp>> | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    markShuttingDown();
    say(`banshishi: ${signal} received, shutting down`);
    await app?.close().catch(() => undefined);
    await database.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  const appSecret = resolveAppSecret(config, (line) => say(`banshishi: ${line}`));
  try {
    app = await createApp({ config, databaseUrl: database.url, appSecret });
  } catch (error) {
    await database.stop();
    throw error;
  }
  if (migrateOnly) {
    say('banshishi: migrations are up to date');
    await app.close();
    await database.stop();
    return;
  }
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  say(`banshishi: listening on http://localhost:${port} (API under /api, docs at /api/docs)`);
}

main().catch((error: unknown) => fail(error instanceof Error ? (error.stack ?? error.message) : String(error)));
