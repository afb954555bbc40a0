// A pooled connection that dies right after its handshake must not end the process. The fake server answers the
// startup with AuthenticationOk, ReadyForQuery and FATAL in one packet, as a backend does that notices at once that
// its postmaster is gone (the topology test met it under load): the query fails as "database unavailable" instead.
import { createServer, type Server } from 'node:net';
import { runInThisContext } from 'node:vm';
import { Pool, type PoolConfig } from 'pg';
import { isDatabaseUnavailable } from '../common/errors/database-unavailable';
import { dataSourceOptions } from './data-source';

/** Node's own process object: jest's sandbox has a copy whose listeners never hear of uncaught exceptions. */
const nodeProcess = runInThisContext('process') as NodeJS.Process;

function message(type: string, body: Buffer): Buffer {
  const header = Buffer.alloc(5);
  header.write(type, 0);
  header.writeInt32BE(4 + body.length, 1);
  return Buffer.concat([header, body]);
}

const HANDSHAKE_THEN_FATAL = Buffer.concat([
  message('R', Buffer.from([0, 0, 0, 0])), // AuthenticationOk
  message('Z', Buffer.from('I')), // ReadyForQuery
  message('E', Buffer.from('SFATAL\0C57P01\0Mterminating connection due to unexpected postmaster exit\0\0')),
]);

describe('the pool of dataSourceOptions', () => {
  let server: Server;
  let url = '';

  beforeAll(async () => {
    server = createServer((socket) => {
      socket.once('data', () => socket.end(HANDSHAKE_THEN_FATAL));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `postgres://app:secret@127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/app`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('turns a connection lost between its handshake and its first query into a failed query', async () => {
    const uncaught: string[] = [];
    const onUncaught = (error: Error) => uncaught.push(error.message);
    nodeProcess.prependListener('uncaughtException', onUncaught);
    try {
      const pool = new Pool({ ...(dataSourceOptions(url).extra as PoolConfig), connectionString: url });
      pool.on('error', () => undefined); // TypeORM's poolErrorHandler
      const client = await pool.connect(); // a promise, like TypeORM's: its listener would come a few microtasks late
      const failure = await client.query('SELECT 1').then(
        () => null,
        (error: unknown) => error,
      );
      client.release();
      await pool.end();
      expect(isDatabaseUnavailable(failure)).toBe(true);
    } finally {
      nodeProcess.off('uncaughtException', onUncaught);
    }
    expect(uncaught).toEqual([]);
  });
});
