// Decides where the database is: DATABASE_URL when given, otherwise the embedded server under DATA_DIR.
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseRuntime {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export async function openDatabase(config: AppConfig, log: (line: string) => void): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const embedded = await startEmbeddedPostgres({ clusterDir: join(config.dataDir, 'postgres'), database: 'banshishi', log });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
