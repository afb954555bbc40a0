// Runs one embedded PostgreSQL with WAL archiving under DATA_DIR (argv[2]) as `npm start` does, in plain Node: the
// package is ESM-only, which jest's module sandbox cannot load. Prints the URL; SIGTERM stops the server, then exits.
import { embeddedLayout } from '../../src/database/database-runtime';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

startEmbeddedPostgres({ ...embeddedLayout(process.argv[2]), database: 'banshishi' }).then(
  (db) => {
    process.stdout.write(`${db.url}\n`);
    const stop = () => void db.stop().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  },
  (error: unknown) => {
    process.stderr.write(`${String(error)}\n`);
    process.exit(1);
  },
);
