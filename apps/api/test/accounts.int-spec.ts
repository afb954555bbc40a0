// Accounts a union office runs on day one (issue 15, B3): signing in with a phone number, a person's own password
// change, an admin's reset that forces a change, and the lockout said in numbers.
import { DataSource } from 'typeorm';
import { clientAddresses } from './support/http';
import { DEMO_PASSWORD, newUser, signIn, testWorld, tokenOf, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('accounts: phone sign-in, password change, forced change after a reset (real HTTP, real PostgreSQL)', () => {
  let t: TestApp;
  let w: TestWorld;
  /** Each test speaks from its own client address, so the per-client throttle of one never reaches another. */
  const asClient = clientAddresses('203.0.113');

  const login = (username: string, password: string, headers = asClient()) => t.request('POST', '/api/auth/login', { body: { username, password }, headers });
  const setPhone = (userId: string, phone: string | null) => t.request('PATCH', `/api/users/${userId}`, { token: tokenOf(w, 'admin'), body: { phone } });

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    w = await testWorld(t, { headers: asClient });
  });
  afterAll(async () => {
    await t.close();
  });

  describe('signing in with a phone number', () => {
    it('signs in by the phone as people write it, as the same account, and shows the phone', async () => {
      const person = await newUser(w, { username: 'phone.one', role: 'worker', unit: '江海精密机械有限公司工会' });
      const set = await setPhone(person.id, '+86 139-0000-1111');
      expect(set.status).toBe(200);
      expect(set.body.phone).toBe('13900001111');

      for (const typed of ['13900001111', '+86 139 0000 1111', '139-0000-1111', '８６１３９００００１１１１']) {
        const res = await login(typed, DEMO_PASSWORD);
        expect(res.status).toBe(200);
        expect(res.body.user).toMatchObject({ id: person.id, username: 'phone.one', phone: '13900001111', mustChangePassword: false });
      }
      expect((await login('phone.one', DEMO_PASSWORD)).status).toBe(200);
    });

    it('keeps one account per phone (409 naming the field) and refuses what is not a mobile number (400 naming the field)', async () => {
      const a = await newUser(w, { username: 'phone.two', role: 'worker', unit: '江海精密机械有限公司工会' });
      const b = await newUser(w, { username: 'phone.three', role: 'worker', unit: '江海精密机械有限公司工会' });
      expect((await setPhone(a.id, '13900002222')).status).toBe(200);
      const taken = await setPhone(b.id, '139 0000 2222');
      expect(taken.status).toBe(409);
      expect(taken.body.errors).toEqual([{ field: 'phone', message: 'Another account has this phone number' }]);
      for (const phone of ['12900002222', '1390000222', '010-12345678', 'phone']) {
        const bad = await setPhone(b.id, phone);
        expect(bad.status).toBe(400);
        expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['phone']);
      }
      const created = await t.request('POST', '/api/users', {
        token: tokenOf(w, 'admin'),
        body: { username: 'phone.four', displayName: '赵四', password: 'start-2026', phone: '13900002222', roles: [] },
      });
      expect(created.status).toBe(409);
      expect(created.body.errors[0].field).toBe('phone');
      // null takes the number off; then the other account may have it.
      expect((await setPhone(a.id, null)).body.phone).toBeNull();
      expect((await setPhone(b.id, '13900002222')).body.phone).toBe('13900002222');
    });

    it('counts wrong passwords by phone and by username against the one account, and says how many tries are left', async () => {
      const person = await newUser(w, { username: 'phone.five', role: 'worker', unit: '江海精密机械有限公司工会' });
      await setPhone(person.id, '13900005555');
      const client = asClient();
      const left: number[] = [];
      for (const name of ['phone.five', '13900005555', 'phone.five', '+8613900005555', 'PHONE.FIVE']) {
        const res = await login(name, 'not-the-password', client);
        expect(res.status).toBe(401);
        expect(res.body.code).toBe('UNAUTHENTICATED');
        left.push(res.body.attemptsLeft);
      }
      expect(left).toEqual([4, 3, 2, 1, 0]);
      for (const name of ['13900005555', 'phone.five']) {
        const locked = await login(name, DEMO_PASSWORD, asClient());
        expect(locked.status).toBe(429);
        expect(locked.body.code).toBe('ACCOUNT_LOCKED');
        expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(800);
      }
    });

    it('answers a name nobody has exactly as an account: the same tries left, then the same lock', async () => {
      const wrong = [];
      const unknown = [];
      for (let i = 0; i < 5; i++) {
        wrong.push(await login('cadre2', `wrong-${i}`));
        unknown.push(await login('13911112222', `wrong-${i}`));
      }
      expect(unknown.map((res) => [res.status, res.body])).toEqual(wrong.map((res) => [res.status, res.body]));
      const [cadre2, nobody] = [await login('cadre2', DEMO_PASSWORD), await login('13911112222', 'whatever-123')];
      expect([cadre2.status, cadre2.body.code]).toEqual([429, 'ACCOUNT_LOCKED']);
      expect([nobody.status, nobody.body.code]).toEqual([429, 'ACCOUNT_LOCKED']);
      await t.app.get(DataSource).query(`DELETE FROM login_throttle`);
    });
  });

  describe("a person's own password change", () => {
    it('needs the current password and a password that follows the rules, each said on its field', async () => {
      const person = await newUser(w, { username: 'change.one', role: 'worker', unit: '江海精密机械有限公司工会' });
      await setPhone(person.id, '13900006666');
      const change = (currentPassword: string, newPassword: string) => t.request('POST', '/api/auth/password', { token: person.token, body: { currentPassword, newPassword } });

      const wrongCurrent = await change('not-mine-2026', 'river-stone-88');
      expect(wrongCurrent.status).toBe(400);
      expect(wrongCurrent.body.errors).toEqual([{ field: 'currentPassword', message: 'currentPassword is not your current password' }]);

      const cases: [string, string[]][] = [
        ['short-1', ['newPassword must be 8–200 characters']],
        ['onlyletters', ['newPassword must mix at least two of letters, digits and symbols']],
        ['change.one-2026', ['newPassword must not contain your username or phone number']],
        ['x13900006666', ['newPassword must not contain your username or phone number']],
        [DEMO_PASSWORD, ['newPassword must differ from the current password']],
      ];
      for (const [password, messages] of cases) {
        const res = await change(DEMO_PASSWORD, password);
        expect(res.status).toBe(400);
        expect(res.body.errors).toEqual(messages.map((message) => ({ field: 'newPassword', message })));
      }
      // Nothing was changed by the refusals.
      expect((await login('change.one', DEMO_PASSWORD)).status).toBe(200);
    });

    it('changes it, ends every other session of the person and keeps this one', async () => {
      const person = await newUser(w, { username: 'change.two', role: 'worker', unit: '江海精密机械有限公司工会' });
      const other = await signIn(t, 'change.two', { headers: asClient() });
      const changed = await t.request('POST', '/api/auth/password', { token: person.token, body: { currentPassword: DEMO_PASSWORD, newPassword: 'river-stone-88' } });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({ username: 'change.two', mustChangePassword: false });

      expect((await t.request('GET', '/api/auth/me', { token: person.token })).status).toBe(200);
      expect((await t.request('GET', '/api/auth/me', { token: other.token })).status).toBe(401);
      expect((await login('change.two', DEMO_PASSWORD)).status).toBe(401);
      expect((await login('change.two', 'river-stone-88')).status).toBe(200);

      const audit = await t.request('GET', '/api/audit?action=auth.password_change', { token: tokenOf(w, 'admin') });
      expect(audit.body.items.some((entry: { entityId: string }) => entry.entityId === person.id)).toBe(true);
    });
  });

  describe("an admin's reset", () => {
    it('gives a one-time password, ends open sessions and lifts a lockout', async () => {
      const person = await newUser(w, { username: 'reset.one', role: 'worker', unit: '江海精密机械有限公司工会' });
      for (let i = 0; i < 5; i++) await login('reset.one', `wrong-${i}`);
      expect((await login('reset.one', DEMO_PASSWORD)).status).toBe(429);

      const reset = await t.request('POST', `/api/users/${person.id}/password-reset`, { token: tokenOf(w, 'admin') });
      expect(reset.status).toBe(200);
      expect(reset.body.temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
      expect((await t.request('GET', '/api/auth/me', { token: person.token })).status).toBe(401);
      expect((await login('reset.one', DEMO_PASSWORD)).status).toBe(401);
      const first = await login('reset.one', reset.body.temporaryPassword.toUpperCase());
      expect(first.status).toBe(200);
      expect(first.body.user.mustChangePassword).toBe(true);

      // Only admins over the person may reset; outside the scope it does not exist.
      expect((await t.request('POST', `/api/users/${person.id}/password-reset`, { token: tokenOf(w, 'cadre') })).status).toBe(403);
      const users = await t.request('GET', '/api/users', { token: tokenOf(w, 'admin') });
      expect(users.body.find((u: { id: string }) => u.id === person.id)).toMatchObject({ mustChangePassword: true });
    });

    it('refuses everything but me, logout and the change until the password is changed, then lets the person in', async () => {
      const person = await newUser(w, { username: 'reset.two', role: 'worker', unit: '江海精密机械有限公司工会' });
      const reset = await t.request('POST', `/api/users/${person.id}/password-reset`, { token: tokenOf(w, 'admin') });
      const session = (await login('reset.two', reset.body.temporaryPassword)).body.accessToken as string;

      for (const path of ['/api/requests/mine', '/api/units', '/api/notifications']) {
        const refused = await t.request('GET', path, { token: session });
        expect([path, refused.status, refused.body.code]).toEqual([path, 403, 'PASSWORD_CHANGE_REQUIRED']);
      }
      const submit = await t.request('POST', '/api/requests', { token: session, body: { categoryId: w.categoryId, title: '食堂排队太久', description: '中午排队要四十分钟' } });
      expect([submit.status, submit.body.code]).toEqual([400, 'VALIDATION_FAILED']); // a visitor's submission, not the person's
      expect((await t.request('GET', '/api/guide', { token: session })).status).toBe(200);
      const me = await t.request('GET', '/api/auth/me', { token: session });
      expect(me.body).toMatchObject({ username: 'reset.two', mustChangePassword: true });

      const changed = await t.request('POST', '/api/auth/password', { token: session, body: { currentPassword: reset.body.temporaryPassword, newPassword: 'harbour-lights-7' } });
      expect(changed.status).toBe(200);
      expect(changed.body.mustChangePassword).toBe(false);
      expect((await t.request('GET', '/api/requests/mine', { token: session })).status).toBe(200);
      expect((await login('reset.two', reset.body.temporaryPassword)).status).toBe(401);

      const logout = await t.request('POST', '/api/auth/logout', { token: (await login('reset.two', 'harbour-lights-7')).body.accessToken });
      expect(logout.status).toBe(204);
    });

    it('makes a password an admin types for someone else one to change too, but not their own', async () => {
      const person = await newUser(w, { username: 'reset.three', role: 'worker', unit: '江海精密机械有限公司工会' });
      expect((await t.request('PATCH', `/api/users/${person.id}`, { token: tokenOf(w, 'admin'), body: { password: 'given-by-admin-1' } })).body.mustChangePassword).toBe(true);
      expect((await login('reset.three', 'given-by-admin-1')).body.user.mustChangePassword).toBe(true);

      const created = await t.request('POST', '/api/users', {
        token: tokenOf(w, 'admin'),
        body: { username: 'reset.four', displayName: '新同事', password: 'first-day-2026', mustChangePassword: true, roles: [] },
      });
      expect(created.body.mustChangePassword).toBe(true);
      expect((await login('reset.four', 'first-day-2026')).body.user.mustChangePassword).toBe(true);

      const admin = w.people.admin;
      const own = await t.request('PATCH', `/api/users/${admin.id}`, { token: admin.token, body: { password: DEMO_PASSWORD } });
      expect(own.body.mustChangePassword).toBe(false);
    });
  });
});
