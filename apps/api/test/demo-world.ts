// The demo accounts and units every integration test starts from (createTestApp seeds them), gathered once.
import type { OrgUnitNode } from '@banshishi/contracts';
import type { TestApp } from './test-app';

export const DEMO_PASSWORD = 'demo-pass-2026';
export const DEMO_PEOPLE = ['worker', 'cadre', 'cadre2', 'leader', 'admin'] as const;

export function flattenUnits(nodes: OrgUnitNode[]): OrgUnitNode[] {
  return nodes.flatMap((node) => [node, ...flattenUnits(node.children)]);
}

/**
 * Logs every demo person in and fills the given maps: their tokens and ids, and every unit by name (as the admin
 * sees them, entry tokens included). Returns the first category's id.
 */
export async function loadDemoWorld(
  t: TestApp,
  into: { tokens: Record<string, string>; ids?: Record<string, string>; units?: Map<string, OrgUnitNode> },
): Promise<string> {
  for (const who of DEMO_PEOPLE) {
    const login = await t.request('POST', '/api/auth/login', { body: { username: who, password: DEMO_PASSWORD } });
    if (login.status !== 200) throw new Error(`demo login ${who}: ${login.status} ${JSON.stringify(login.body)}`);
    into.tokens[who] = login.body.accessToken;
    if (into.ids) into.ids[who] = login.body.user.id;
  }
  if (into.units) {
    for (const unit of flattenUnits((await t.request('GET', '/api/units', { token: into.tokens.admin })).body)) into.units.set(unit.name, unit);
  }
  return (await t.request('GET', '/api/categories')).body[0].id;
}

/** A demo person's token, logged in once per app (from `headers()`'s client address) and remembered after. */
export function demoTokens(t: () => TestApp, headers: () => Record<string, string> = () => ({})): (username: string) => Promise<string> {
  const tokens = new Map<string, string>();
  return async (username) => {
    const cached = tokens.get(username);
    if (cached) return cached;
    const res = await t().request('POST', '/api/auth/login', { body: { username, password: DEMO_PASSWORD }, headers: headers() });
    if (res.status !== 200) throw new Error(`demo login ${username}: ${res.status} ${JSON.stringify(res.body)}`);
    tokens.set(username, res.body.accessToken);
    return res.body.accessToken;
  };
}
