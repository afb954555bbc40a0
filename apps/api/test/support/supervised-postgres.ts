// The embedded PostgreSQL under supervision, in a process of its own: postgres-process.ts starts it for the specs that
// kill the server (jest's module sandbox cannot load the ESM-only server package; global-setup.ts runs outside it). Prints one JSON line per event:
// {url} once started, {notice} for each supervision line. Stops the server on SIGTERM or when stdin closes.
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';

const say = (event: object) => process.stdout.write(`${JSON.stringify(event)}\n`);

async function main(): Promise<void> {
  const [clusterDir, delays = ''] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({
    clusterDir,
    database: 'banshishi',
    supervise: { notice: (line) => say({ notice: line }), delaysMs: delays.split(',').filter(Boolean).map(Number) },
  });
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    void server.stop().finally(() => process.exit(0));
  };
  process.on('SIGTERM', stop);
  process.stdin.on('end', stop); // the test process has gone
  process.stdin.resume();
  say({ url: server.url });
}

main().catch((error: unknown) => {
  process.stderr.write(`supervised-postgres: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
