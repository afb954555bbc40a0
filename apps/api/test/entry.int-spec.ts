// The QR entry page's public lookup: a unit's name from its entry token, nothing else, and 404 for an unknown token.
import { signIn, unitsByName } from './support/world';
import { createTestApp, type TestApp } from './test-app';

describe('entry: GET /api/entry/:entryToken (no login)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('names the unit of a known token, shows nothing more, and answers 404 for an unknown one', async () => {
    const cadre = await signIn(t, 'cadre');
    const unit = [...(await unitsByName(t, cadre.token)).values()].find((node) => node.entryToken);
    expect(unit).toBeDefined();

    const known = await t.request('GET', `/api/entry/${encodeURIComponent(unit?.entryToken as string)}`);
    expect(known.status).toBe(200);
    expect(known.body).toEqual({ unitName: unit?.name });

    const unknown = await t.request('GET', '/api/entry/not-a-real-entry-token');
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ code: 'NOT_FOUND' });
  });
});
