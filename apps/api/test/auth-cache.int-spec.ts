// The signed-in users an API process keeps in memory (session-cache.ts, identity-changes.service.ts): a change made
// behind the API's back (plain SQL, another tool) still holds within a second, because the database tells every process;
// and when that channel is lost, nothing is kept, so a revoked session is refused at once.
import { Client } from 'pg';
import { signIn } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const WITHIN_MS = 1_000;

async function within(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WITHIN_MS;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`still not seen after ${WITHIN_MS} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('signed-in users kept in memory', () => {
  let t: TestApp;
  let sql: Client;

  beforeAll(async () => {
    t = await createTestApp();
    sql = new Client({ connectionString: t.database.url });
    await sql.connect();
  });
  afterAll(async () => {
    await sql?.end();
    await t?.close();
  });

  const me = (token: string) => t.request('GET', '/api/auth/me', { token });
  const revoke = (username: string) =>
    sql.query(`UPDATE auth_session SET revoked_at = now() WHERE revoked_at IS NULL AND user_id = (SELECT id FROM app_user WHERE username = $1)`, [username]);

  it('refuses a session revoked by plain SQL within a second, though it was kept', async () => {
    const { token } = await signIn(t, 'cadre');
    expect((await me(token)).status).toBe(200);
    expect((await me(token)).status).toBe(200);
    await revoke('cadre');
    await within(async () => (await me(token)).status === 401, 'revoked by SQL');
  });

  it('sees grants and names changed by plain SQL within a second', async () => {
    const { token } = await signIn(t, 'leader');
    expect((await me(token)).body.displayName).not.toBe('改名测试');
    await sql.query(`UPDATE app_user SET display_name = '改名测试' WHERE username = 'leader'`);
    await within(async () => (await me(token)).body.displayName === '改名测试', 'renamed by SQL');
  });

  it('keeps a session only while told of changes: without the notification a kept session outlives its revocation, until the channel is lost', async () => {
    const { token } = await signIn(t, 'worker');
    expect((await me(token)).status).toBe(200);
    await sql.query(`ALTER TABLE auth_session DISABLE TRIGGER auth_session_identity_change`);
    try {
      await revoke('worker');
      // nobody told this process: the kept session still answers (this is what the notification is for)
      expect((await me(token)).status).toBe(200);
      // the LISTEN connection is cut: the process stops trusting what it kept
      await sql.query(`SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'banshishi-listen' AND datname = current_database()`);
      await within(async () => (await me(token)).status === 401, 'refused once the channel is lost');
    } finally {
      await sql.query(`ALTER TABLE auth_session ENABLE TRIGGER auth_session_identity_change`);
    }
    // and it listens again: a new session is kept and ended by a notification as before
    const again = await signIn(t, 'cadre2');
    await within(async () => {
      const [row] = (await sql.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'banshishi-listen' AND datname = current_database()`)).rows;
      return row.n === 1;
    }, 'listening again');
    expect((await me(again.token)).status).toBe(200);
    await revoke('cadre2');
    await within(async () => (await me(again.token)).status === 401, 'revoked after reconnecting');
  });
});
