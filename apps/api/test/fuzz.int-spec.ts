// The project's own fuzz suite: reads the live OpenAPI document and sends over 20,000 generated requests (fast-check,
// fixed seed: the same inputs every run) to every operation, as the people of one town (a worker, the town's cadre,
// and a leader and an administrator whose scope is that town). It fails on any 5xx, on any error that is not
// `{code, message}`, on any answer the document does not describe (status, content type, body schema), and on any
// change visible in the other town. Set FUZZ_SEED to explore other inputs, FUZZ_RUNS for
// more or fewer.
import { PROJECT_ACTIONS, REQUEST_ACTIONS } from '@banshishi/workflow';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { inStatus, newProject, submit } from './support/factories';
import { InputGenerator, operationsOf, type GeneratedInput, type OpenApiDocument, type Pools } from './support/openapi-inputs';
import { ResponseValidator, type OpenApiDocument as DocumentedResponses } from './support/openapi-responses';
import { tinyJpeg, upload } from './support/upload';
import { newUser, testWorld, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const SEED = Number(process.env.FUZZ_SEED ?? 20261201);
const RUNS = Number(process.env.FUZZ_RUNS ?? 20_000);
const CONCURRENCY = 6;

interface Finding {
  input: GeneratedInput;
  status: number;
  body: string;
}

/** What the other town (临港镇) and the whole district hold: none of it may change while town 1 is fuzzed. */
async function otherScope(db: DataSource, town2Path: string): Promise<Record<string, string>> {
  const tables: Record<string, string> = {
    units: `SELECT id, parent_id, name, kind, path, entry_token, version FROM org_unit WHERE path LIKE $1 || '%' OR parent_id IS NULL`,
    requests: `SELECT r.* FROM request r JOIN org_unit u ON u.id = r.handling_unit_id WHERE u.path LIKE $1 || '%'`,
    events: `SELECT e.* FROM request_event e JOIN request r ON r.id = e.request_id JOIN org_unit u ON u.id = r.handling_unit_id WHERE u.path LIKE $1 || '%'`,
    projects: `SELECT p.* FROM project p JOIN org_unit u ON u.id = p.owner_unit_id WHERE u.path LIKE $1 || '%'`,
    people: `SELECT u.id, u.username, u.display_name, u.disabled, u.password_hash, g.role, g.unit_id FROM app_user u JOIN role_grant g ON g.user_id = u.id JOIN org_unit o ON o.id = g.unit_id WHERE o.path LIKE $1 || '%' OR o.parent_id IS NULL`,
    categories: `SELECT c.* FROM category c WHERE $1 <> ''`,
    calendar: `SELECT d.* FROM calendar_day d WHERE $1 <> ''`,
    settings: `SELECT s.* FROM app_setting s WHERE $1 <> ''`,
  };
  const snapshot: Record<string, string> = {};
  for (const [name, sql] of Object.entries(tables)) {
    const rows: object[] = await db.query(`SELECT coalesce(string_agg(x::text, E'\\n' ORDER BY x::text), '') AS rows FROM (${sql}) x`, [town2Path]);
    snapshot[name] = createHash('sha256')
      .update((rows[0] as { rows: string }).rows)
      .digest('hex');
  }
  return snapshot;
}

async function send(t: TestApp, input: GeneratedInput, address: string): Promise<{ status: number; contentType: string; text: string }> {
  const headers: Record<string, string> = { ...input.headers, 'x-forwarded-for': address };
  let body: string | FormData | undefined;
  if (typeof input.body === 'string') body = input.body;
  else if (input.body) {
    const form = new FormData();
    if (input.body.entryToken !== undefined) form.append('entryToken', input.body.entryToken);
    form.append('file', new Blob([input.body.file as Uint8Array<ArrayBuffer>]), input.body.filename);
    body = form;
  }
  const url = `${t.baseUrl}${input.path}${input.query ? `?${input.query}` : ''}`;
  const response = await fetch(url, { method: input.method, headers, body, signal: AbortSignal.timeout(30_000) });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', text };
}

function parsed(answer: { contentType: string; text: string }): unknown {
  if (!/json/i.test(answer.contentType)) return answer.text;
  try {
    return answer.text ? JSON.parse(answer.text) : undefined;
  } catch {
    return answer.text;
  }
}

/** An error answer is JSON with `{code, message}` (+ `errors[]` of `{field, message}`). */
function errorShapeProblem(text: string): string | null {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const { code, message, errors } = body as Record<string, unknown>;
  if (typeof code !== 'string' || !/^[A-Z_]+$/.test(code)) return 'no code';
  if (typeof message !== 'string' || message.length === 0) return 'no message';
  if (errors !== undefined && !(Array.isArray(errors) && errors.every((e) => typeof e?.field === 'string' && typeof e?.message === 'string'))) return 'bad errors[]';
  return null; // any other key must be documented: the schema check sees to that
}

describe('fuzzing every route of the OpenAPI document', () => {
  let t: TestApp;
  let w: TestWorld;
  let db: DataSource;
  let document: OpenApiDocument;
  let town2Path: string;
  let pools: Pools;
  const actors: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp({ TRUST_PROXY: '1' });
    w = await testWorld(t);
    db = t.app.get(DataSource);
    document = (await t.request('GET', '/api/docs-json')).body;

    // The fuzzing people, all of town 1 (滨江街道总工会); the other town must not feel them.
    const town1 = '滨江街道总工会';
    actors.worker = w.tokens.worker;
    actors.cadre = w.tokens.cadre;
    actors.leader = (await newUser(w, { username: 'fuzz-leader', role: 'leader', unit: town1 })).token;
    actors.admin = (await newUser(w, { username: 'fuzz-admin', role: 'admin', unit: town1 })).token;
    const spare = await Promise.all([1, 2, 3].map((n) => newUser(w, { username: `fuzz-spare-${n}`, role: 'worker', unit: '江海精密机械有限公司工会' })));

    // Real rows of town 1 to aim at: requests in every status, projects, uploads.
    const requests = await Promise.all((['submitted', 'accepted', 'in_progress', 'resolved', 'closed'] as const).map((status) => inStatus(w, status)));
    for (let n = 0; n < 4; n++) requests.push({ ...(await submit(w, 'worker', { title: `模糊测试诉求 ${n}` })), trackingSecret: '' } as never);
    const projects = await Promise.all([0, 1].map(() => newProject(w, 'cadre')));
    const uploads = await Promise.all([0, 1].map(async () => (await upload(t, tinyJpeg(), 'a.jpg', { token: w.tokens.worker })).body.id as string));
    const town1Units = [...w.units.values()].filter((unit) => unit.name === town1 || unit.parentId === w.units.get(town1)?.id);
    town2Path = (await db.query(`SELECT path FROM org_unit WHERE name = '临港镇总工会'`))[0].path;

    const requestIds = requests.map((r) => r.id);
    const unitIds = town1Units.map((unit) => unit.id);
    pools = {
      'requests:id': requestIds,
      'projects:id': projects.map((p) => p.id),
      'units:id': unitIds,
      'users:id': spare.map((s) => s.id),
      'categories:id': w.categories.map((c) => c.id),
      'attachments:id': uploads,
      'track:code': requests.map((r) => r.code),
      'public:code': projects.map((p) => p.code),
      action: [...REQUEST_ACTIONS, ...PROJECT_ACTIONS],
      requestIds,
      requestId: requestIds,
      categoryId: w.categories.map((c) => c.id),
      unitId: unitIds,
      parentId: unitIds,
      ownerUnitId: unitIds,
      handlerId: [w.ids.cadre],
      ownerUserId: [w.ids.cadre],
      attachmentId: uploads,
      entryToken: town1Units.map((unit) => unit.entryToken as string),
      secret: requests.flatMap((r) => (r.trackingSecret ? [r.trackingSecret] : [])),
      role: ['worker', 'cadre', 'leader', 'admin'],
      kind: ['workday', 'holiday', 'grassroots', 'town'],
    };
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it(`answers ${RUNS} generated requests without a 5xx, always in {code, message} on error, and nothing changes in the other town`, async () => {
    const before = await otherScope(db, town2Path);
    const generator = new InputGenerator(document, pools);
    const operations = operationsOf(document);
    expect(operations.length).toBeGreaterThanOrEqual(60);
    // Mostly the people the route is for; sometimes the wrong one or nobody.
    const anyone = fc.oneof(
      { weight: 4, arbitrary: fc.constant(actors.cadre) },
      { weight: 3, arbitrary: fc.constant(actors.admin) },
      { weight: 2, arbitrary: fc.constant(actors.leader) },
      { weight: 2, arbitrary: fc.constant(actors.worker) },
      { weight: 1, arbitrary: fc.constant(null) },
    );
    // Logging out ends the session it is sent with: those inputs get throwaway sessions.
    const throwaway = await Promise.all(
      Array.from({ length: 5 }, async (_, n) => (await newUser(w, { username: `fuzz-logout-${n}`, role: 'worker', unit: '江海精密机械有限公司工会' })).token),
    );
    const perOperation = Math.ceil(RUNS / operations.length);
    const inputs: GeneratedInput[] = operations.flatMap((operation, index) => {
      const tokens = operation.path.endsWith('/logout') ? fc.constantFrom(...throwaway, null) : anyone;
      return fc.sample(generator.input(operation, tokens), { seed: SEED + index, numRuns: perOperation });
    });
    expect(inputs.length).toBeGreaterThanOrEqual(RUNS);

    const validator = new ResponseValidator(document as unknown as DocumentedResponses);
    const findings: Finding[] = [];
    const shapes: Finding[] = [];
    const undocumented: Finding[] = [];
    const statuses: Record<number, number> = {};
    let next = 0;
    const began = Date.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        for (let i = next++; i < inputs.length; i = next++) {
          const input = inputs[i];
          const answer = await send(t, input, `203.0.113.${(i % 250) + 1}`).catch((error: Error) => ({ status: 0, contentType: '', text: error.message }));
          statuses[answer.status] = (statuses[answer.status] ?? 0) + 1;
          if (answer.status >= 500 || answer.status === 0) findings.push({ input, status: answer.status, body: answer.text.slice(0, 300) });
          else if (answer.status >= 400) {
            const problem = errorShapeProblem(answer.text);
            if (problem) shapes.push({ input, status: answer.status, body: `${problem}: ${answer.text.slice(0, 200)}` });
          }
          if (answer.status > 0) {
            const received = { method: input.method, path: input.path, status: answer.status, contentType: answer.contentType || null, body: parsed(answer) };
            const problems = validator.problems(received);
            if (problems.length) undocumented.push({ input, status: answer.status, body: problems[0].slice(0, 400) });
          }
        }
      }),
    );
    const seconds = (Date.now() - began) / 1000;
    const after = await otherScope(db, town2Path);
    process.stdout.write(`fuzz: ${inputs.length} inputs over ${operations.length} operations in ${seconds.toFixed(1)} s (seed ${SEED}); statuses ${JSON.stringify(statuses)}\n`);

    const show = (list: Finding[]) =>
      list
        .slice(0, 15)
        .map(
          (f) => `${f.status} ${f.input.method} ${f.input.path.slice(0, 120)}?${f.input.query.slice(0, 120)} ${String(f.input.body ?? '').slice(0, 160)} → ${f.body.slice(0, 300)}`,
        );
    expect(show(findings)).toEqual([]);
    expect(show(shapes)).toEqual([]);
    expect(show(undocumented)).toEqual([]);
    expect(after).toEqual(before);
  }, 600_000);
});
