// Decides where the database is: DATABASE_URL when given, otherwise the embedded server under DATA_DIR.
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config';
import { startEmbeddedPostgres } from './embedded-postgres';

export interface DatabaseRuntime {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/** Where the embedded server keeps its cluster and its WAL archive (`npm run db:backup` / `db:restore` use the same). */
export function embeddedLayout(dataDir: string): { clusterDir: string; archiveDir: string } {
  return { clusterDir: join(dataDir, 'postgres'), archiveDir: join(dataDir, 'wal-archive') };
}

/** `log` gets the server's own output (debug); `notice` the supervision's restarts, which are always worth a line. */
export async function openDatabase(config: AppConfig, log: (line: string) => void, notice: (line: string) => void = log): Promise<DatabaseRuntime> {
  if (config.databaseUrl) {
    return { url: config.databaseUrl, embedded: false, stop: async () => undefined };
  }
  // A region publishes its figures by logical replication (docs/scaling.md “Federation”).
  const settings = config.federation.role === 'region' ? ['wal_level=logical'] : [];
  const embedded = await startEmbeddedPostgres({ ...embeddedLayout(config.dataDir), database: 'banshishi', log, supervise: { notice }, settings });
  return { url: embedded.url, embedded: true, stop: embedded.stop };
}
