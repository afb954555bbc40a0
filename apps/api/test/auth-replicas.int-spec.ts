// Two API replicas on one database: what one of them does to a session or an account (logout, disabling, new roles, a
// password reset) holds on the other within a second: each keeps the signed-in users in memory only while the database
// tells it of every change to them (identity-changes.service.ts).
import { bodyOf } from './support/http';
import { signIn, unitsByName } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const WITHIN_MS = 1_000;

/** Polls `check` until it holds, failing when it still does not after WITHIN_MS. */
async function within(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + WITHIN_MS;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`the other replica still did not see it after ${WITHIN_MS} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('sessions across API replicas (one database)', () => {
  let a: TestApp;
  let b: TestApp;
  let admin: string;
  let unitId: string;

  beforeAll(async () => {
    a = await createTestApp();
    b = await createTestApp({}, undefined, { database: a.database });
    admin = (await signIn(a, 'admin')).token;
    const unit = (await unitsByName(a, admin)).get('江海精密机械有限公司工会');
    if (!unit) throw new Error('no demo unit');
    unitId = unit.id;
  });
  afterAll(async () => {
    await b?.close();
    await a?.close();
  });

  const meOnB = (token: string) => b.request('GET', '/api/auth/me', { token });

  async function newPerson(username: string): Promise<{ id: string; token: string }> {
    const created = bodyOf(
      await a.request('POST', '/api/users', {
        token: admin,
        body: { username, displayName: '副本测试', password: 'replica-pass-2026', roles: [{ role: 'worker', unitId }] },
      }),
      201,
      'creating a person',
    );
    const { token } = await signIn(b, username, { password: 'replica-pass-2026' });
    expect((await meOnB(token)).status).toBe(200);
    return { id: created.id, token };
  }

  it('refuses a token on the other replica once it is logged out on one', async () => {
    const { token } = await signIn(b, 'cadre');
    expect((await meOnB(token)).status).toBe(200);
    expect((await a.request('POST', '/api/auth/logout', { token })).status).toBe(204);
    await within(async () => (await meOnB(token)).status === 401, 'logout');
  });

  it('refuses a disabled account on the other replica, and after a password reset', async () => {
    const disabled = await newPerson('replica.disabled');
    bodyOf(await a.request('PATCH', `/api/users/${disabled.id}`, { token: admin, body: { disabled: true } }), 200, 'disabling');
    await within(async () => (await meOnB(disabled.token)).status === 401, 'disabled account');

    const reset = await newPerson('replica.reset');
    bodyOf(await a.request('POST', `/api/users/${reset.id}/password-reset`, { token: admin }), 200, 'resetting the password');
    await within(async () => (await meOnB(reset.token)).status === 401, 'password reset');
  });

  it('shows new roles on the other replica, and refuses what a removed role allowed', async () => {
    const person = await newPerson('replica.roles');
    expect((await b.request('GET', '/api/dashboard/summary', { token: person.token })).status).toBe(403);
    bodyOf(await a.request('PATCH', `/api/users/${person.id}`, { token: admin, body: { roles: [{ role: 'leader', unitId }] } }), 200, 'granting leader');
    await within(async () => {
      const me = await meOnB(person.token);
      return me.status === 200 && JSON.stringify(me.body.roles.map((grant: { role: string }) => grant.role)) === '["leader"]';
    }, 'new roles');
    expect((await b.request('GET', '/api/dashboard/summary', { token: person.token })).status).toBe(200);

    bodyOf(await a.request('PATCH', `/api/users/${person.id}`, { token: admin, body: { roles: [] } }), 200, 'removing every role');
    await within(async () => (await b.request('GET', '/api/dashboard/summary', { token: person.token })).status === 403, 'removed role');
  });
});
