// The OpenAPI document at /api/docs-json, from the running app: valid OpenAPI 3.1; every operation documents its
// success (a libs/contracts schema, a file's content types, or no body) and its errors (the one error body); real
// responses are held to it (the check every integration test's HTTP helper runs, shown failing here on purpose); and
// the web's API calls expect what their routes answer.
import { validate } from '@readme/openapi-parser';
import type { FastifyInstance, HTTPMethods } from 'fastify';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { httpApi } from './support/http';
import { ResponseValidator, type OpenApiDocument } from './support/openapi-responses';
import { checkWebApiCalls } from './support/web-api-calls';
import { testWorld, tokenOf, type TestWorld } from './support/world';
import { createTestApp, type TestApp } from './test-app';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;
const ERROR_BODY = '#/components/schemas/ApiError';
/** Nothing in them can fail: a fixed text, and the process answering at all. */
const CANNOT_FAIL = ['GET /api/guide', 'GET /api/health/live'];

interface Operation {
  route: string;
  responses: Record<string, { content?: Record<string, { schema?: { $ref?: string; type?: string; items?: { $ref?: string } } }> }>;
}

let t: TestApp;
let world: TestWorld;
let document: OpenApiDocument;
let operations: Operation[];

beforeAll(async () => {
  t = await createTestApp();
  world = await testWorld(t);
  const res = await t.request('GET', '/api/docs-json');
  expect(res.status).toBe(200);
  document = res.body as OpenApiDocument;
  operations = Object.entries(document.paths).flatMap(([path, item]) =>
    METHODS.filter((method) => item[method]).map((method) => ({ route: `${method.toUpperCase()} ${path}`, responses: item[method]?.responses ?? {} }) as Operation),
  );
});

afterAll(async () => {
  await t?.close();
});

function schemaOf(ref: string | undefined): { required?: string[]; properties?: Record<string, { type?: string }> } | undefined {
  return ref ? (document.components?.schemas?.[ref.replace('#/components/schemas/', '')] as never) : undefined;
}

it('is a valid OpenAPI 3.1 document', async () => {
  expect(document.openapi).toBe('3.1.0');
  const result = await validate(structuredClone(document) as never);
  expect(result.valid ? [] : result.errors).toEqual([]);
});

it('documents every route the server has, and only those', () => {
  const fastify = t.app.getHttpAdapter().getInstance() as FastifyInstance;
  const missing = operations
    .map(({ route }) => route.split(' '))
    .filter(([method, path]) => !fastify.hasRoute({ method: method as HTTPMethods, url: path.replace(/\{(\w+)\}/g, ':$1') }));
  expect(missing).toEqual([]);
  expect(operations.length).toBeGreaterThanOrEqual(64);
});

it('gives every operation one success response: a contract schema, a file content type, or no body', () => {
  const problems = operations.flatMap(({ route, responses }) => {
    const successes = Object.keys(responses).filter((status) => status.startsWith('2'));
    if (successes.length !== 1) return [`${route}: ${successes.length} success responses`];
    const [status] = successes;
    const content = responses[status].content;
    if (status === '204') return content ? [`${route}: 204 with a body`] : [];
    if (!content) return [`${route}: ${status} without a body`];
    return Object.entries(content).flatMap(([type, { schema }]) => {
      if (type !== 'application/json') return schema?.type === 'string' ? [] : [`${route}: ${type} without a string schema`];
      const ref = schema?.$ref ?? (schema?.type === 'array' ? schema.items?.$ref : undefined);
      return schemaOf(ref) ? [] : [`${route}: ${status} is not a contract schema (${JSON.stringify(schema)})`];
    });
  });
  expect(problems).toEqual([]);
});

it('gives every error status the one error body, and every operation that can fail its errors', () => {
  const problems = operations.flatMap(({ route, responses }) => {
    const errors = Object.entries(responses).filter(([status]) => Number(status) >= 400);
    if (!errors.length && !CANNOT_FAIL.includes(route)) return [`${route}: no error responses`];
    return errors.flatMap(([status, { content }]) => {
      const ref = content?.['application/json']?.schema?.$ref;
      if (ref === ERROR_BODY) return [];
      // An error body of its own (503 NOT_READY, with the checks) must still be an error body: code and message.
      const schema = schemaOf(ref);
      const isErrorBody = ['code', 'message'].every((key) => schema?.required?.includes(key) && schema.properties?.[key]);
      return isErrorBody ? [] : [`${route}: ${status} is not the error body (${ref})`];
    });
  });
  expect(problems).toEqual([]);
  const error = schemaOf(ERROR_BODY);
  expect(error?.required).toEqual(['code', 'message']);
  expect(Object.keys(error?.properties ?? {}).sort()).toEqual(['code', 'errors', 'message']);
});

it('says which errors each body-taking route shares: a body that is not JSON, too large, or of another type', () => {
  const bodyRoutes = operations.filter(({ route }) => /^(POST|PUT|PATCH|DELETE) /.test(route));
  expect(bodyRoutes.filter(({ responses }) => !['400', '413', '415'].every((status) => responses[status])).map(({ route }) => route)).toEqual([]);
});

describe('real responses against the document', () => {
  it('passes the responses the server gives', async () => {
    const validator = new ResponseValidator(document);
    const token = tokenOf(world, 'cadre');
    for (const path of ['/api/guide', '/api/requests?limit=5', '/api/units', '/api/requests/00000000-0000-4000-8000-000000000000', '/api/requests/not-a-uuid']) {
      const res = await t.request('GET', path, { token });
      expect(validator.problems({ method: 'GET', path, status: res.status, contentType: res.headers.get('content-type'), body: res.body })).toEqual([]);
    }
  });

  it('fails a body that is not the documented shape, a status the route does not document, and a wrong content type', async () => {
    const validator = new ResponseValidator(document);
    const guide = await t.request('GET', '/api/guide');
    const { title: _title, ...untitled } = guide.body as Record<string, unknown>;
    const json = 'application/json; charset=utf-8';
    const problems = (status: number, body: unknown, contentType = json, path = '/api/guide') => validator.problems({ method: 'GET', path, status, contentType, body });

    expect(problems(200, untitled)).toEqual([expect.stringContaining("must have required property 'title'")]);
    expect(problems(200, { ...guide.body, leaked: 'x' })).toEqual([expect.stringContaining('must NOT have additional properties')]);
    expect(problems(500, { code: 'INTERNAL', message: 'Internal server error' })).toEqual([expect.stringContaining('GET /api/guide → 500 is not documented')]);
    expect(problems(404, { code: 'NOT_FOUND' }, json, '/api/entry/x')).toEqual([expect.stringContaining("must have required property 'message'")]);
    expect(problems(200, 'PK…', 'text/html', '/api/dashboard/export.xlsx')).toEqual([expect.stringContaining('came as text/html')]);
    // Not the document's to judge: a route it does not have, a proxy's error page.
    expect(problems(404, { code: 'NOT_FOUND', message: 'x' }, json, '/api/no-such-route')).toEqual([]);
    expect(problems(502, '<html>Bad Gateway</html>', 'text/html')).toEqual([]);
  });

  it('fails the request of a test that gets such an answer: the HTTP helper checks every response', async () => {
    // A stand-in server whose document says GET /api/thing answers a Liveness, and which answers something else.
    const thing: OpenApiDocument = {
      ...document,
      paths: { '/api/thing': { get: { responses: { 200: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Liveness' } } } } } } } },
    };
    let answer: unknown = { status: 'ok' };
    const server = createServer((request, response) => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(request.url === '/api/docs-json' ? thing : answer));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const api = httpApi(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await expect(api.request('GET', '/api/thing')).resolves.toMatchObject({ status: 200, body: { status: 'ok' } });
      answer = { status: 'fine' };
      await expect(api.request('GET', '/api/thing')).rejects.toThrow(/does not match the OpenAPI document[\s\S]*body\/status must be equal to constant/);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});

it("the web's API calls expect what the document says their routes answer", () => {
  const { calls, problems } = checkWebApiCalls(new ResponseValidator(document));
  expect(problems).toEqual([]);
  expect(calls.length).toBeGreaterThanOrEqual(50);
}, 120_000);
