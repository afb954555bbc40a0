// The seeded demo data every integration test starts from (five people, nine units, the categories), signed in and
// looked up once per app through the API, plus the people a test adds with newUser().
import type { Category, OrgUnitNode, RoleGrant, RoleName } from '@banshishi/contracts';
import { bodyOf, type Api } from './http';

export const DEMO_PASSWORD = 'demo-pass-2026';
export const DEMO_PEOPLE = ['worker', 'cadre', 'cadre2', 'leader', 'admin'] as const;

/** Someone signed in. */
export interface Session {
  username: string;
  id: string;
  token: string;
  roles: RoleGrant[];
}

export interface TestWorld {
  api: Api;
  /** everyone signed in, by username: the demo people, and whoever newUser() added */
  people: Record<string, Session>;
  /** `people`'s tokens and ids by username, for requests a test writes out itself */
  tokens: Record<string, string>;
  ids: Record<string, string>;
  /** every unit by name, as the admin sees them (entry tokens included) */
  units: Map<string, OrgUnitNode>;
  /** the active categories, in the API's order */
  categories: Category[];
  /** the first of them: the category of a request when any will do */
  categoryId: string;
}

/** Logs a person in; `headers` gives the client address for apps behind a trusted proxy. */
export async function signIn(api: Api, username: string, options: { password?: string; headers?: Record<string, string> } = {}): Promise<Session> {
  const res = await api.request('POST', '/api/auth/login', { body: { username, password: options.password ?? DEMO_PASSWORD }, headers: options.headers });
  const { accessToken, user } = bodyOf(res, 200, `signing in ${username}`);
  return { username, id: user.id, token: accessToken, roles: user.roles };
}

/** The unit tree as one list, parents first. */
export function flattenUnits(nodes: OrgUnitNode[]): OrgUnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenUnits(node.children)]);
}

/** The units the token's holder sees (their scope), by name. */
export async function unitsByName(api: Api, token: string): Promise<Map<string, OrgUnitNode>> {
  const tree: OrgUnitNode[] = bodyOf(await api.request('GET', '/api/units', { token }), 200, 'reading the units');
  return new Map(flattenUnits(tree).map((unit) => [unit.name, unit]));
}

/** Signs the demo people in (each login with `headers()`, when given) and reads the units and categories. */
export async function testWorld(api: Api, options: { headers?: () => Record<string, string> } = {}): Promise<TestWorld> {
  const w: TestWorld = { api, people: {}, tokens: {}, ids: {}, units: new Map(), categories: [], categoryId: '' };
  for (const username of DEMO_PEOPLE) remember(w, await signIn(api, username, { headers: options.headers?.() }));
  w.units = await unitsByName(api, w.tokens.admin);
  w.categories = bodyOf(await api.request('GET', '/api/categories'), 200, 'reading the categories');
  w.categoryId = w.categories[0].id;
  return w;
}

/** The same people, units and categories, speaking to another API process on the same database. */
export function onApi(w: TestWorld, api: Api): TestWorld {
  return { ...w, api };
}

export function unitByName(w: TestWorld, name: string): OrgUnitNode {
  const unit = w.units.get(name);
  if (!unit) throw new Error(`no unit named ${name}`);
  return unit;
}

/** The key of a unit's QR entry page (what an anonymous requester submits with). */
export function entryTokenOf(w: TestWorld, unitName: string): string {
  const token = unitByName(w, unitName).entryToken;
  if (!token) throw new Error(`${unitName} has no entry token`);
  return token;
}

/** A category by its code; the first one without a code. */
export function category(w: TestWorld, code?: string): Category {
  const found = code === undefined ? w.categories[0] : w.categories.find((c) => c.code === code);
  if (!found) throw new Error(`no category ${code}`);
  return found;
}

/** The token of someone signed in, by username. */
export function tokenOf(w: TestWorld, username: string): string {
  const session = w.people[username];
  if (!session) throw new Error(`${username} is not signed in to this test world`);
  return session.token;
}

/** A new account (created by the admin) with one role at a unit, signed in and added to the world. */
export async function newUser(w: TestWorld, input: { username: string; role: RoleName; unit: string; displayName?: string; password?: string; email?: string }): Promise<Session> {
  const password = input.password ?? DEMO_PASSWORD;
  const res = await w.api.request('POST', '/api/users', {
    token: tokenOf(w, 'admin'),
    body: {
      username: input.username,
      displayName: input.displayName ?? input.username,
      password,
      email: input.email,
      roles: [{ role: input.role, unitId: unitByName(w, input.unit).id }],
    },
  });
  bodyOf(res, 201, `creating ${input.username}`);
  const session = await signIn(w.api, input.username, { password });
  remember(w, session);
  return session;
}

function remember(w: TestWorld, session: Session): void {
  w.people[session.username] = session;
  w.tokens[session.username] = session.token;
  w.ids[session.username] = session.id;
}
