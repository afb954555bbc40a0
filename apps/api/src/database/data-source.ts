// TypeORM options shared by the Nest app, the migration runner and the tests. Schema changes are migrations only.
import { Logger } from '@nestjs/common';
import type { EventEmitter } from 'node:events';
import type { DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migrations';

/** A request waits at most this long for a connection (a lost database or a starved pool), then gets 503. */
export const CONNECT_TIMEOUT_MS = 5000;

const logger = new Logger('Database');

/**
 * pg-pool hands a new connection to TypeORM a few microtasks before TypeORM listens for its errors. When the server
 * dies just then, its backend's ReadyForQuery and FATAL arrive in one packet, the connection emits 'error' with no
 * listener, and Node ends the process. Listening from the start turns that into a failed query (503) instead.
 */
function listenForErrors(client: Pick<EventEmitter, 'on'>): void {
  client.on('error', () => undefined); // the pool and TypeORM report it through their own listeners
}

export function dataSourceOptions(url: string): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    synchronize: false,
    migrationsRun: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migration',
    entities: [],
    // An idle pooled connection that dies (server restarted) is dropped by the pool and reported here; the next
    // request opens a new one, so the app reconnects by itself.
    poolErrorHandler: (error: Error) => logger.warn(`idle connection lost: ${error.message}`),
    // No parallel workers for the app's statements (docs/decisions.md, "Interactive reads run serially"): each is
    // sized to be served by one backend, and once a table holds millions of rows the planner's estimates start two
    // workers whose start-up costs more than the whole read (the dashboard's live counts: 3 ms alone, 30 ms in parallel).
    extra: {
      max: 20,
      application_name: 'banshishi',
      options: '-c max_parallel_workers_per_gather=0',
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      onConnect: listenForErrors,
    },
  };
}
