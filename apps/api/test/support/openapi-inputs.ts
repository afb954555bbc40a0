// Inputs for the fuzz suite, generated with fast-check from the live OpenAPI document: for every operation, path and
// query parameters and a JSON (or multipart) body shaped by its schema, with hostile values mixed in at the leaves —
// the classes that once made the server fail (NUL, lone surrogates, control characters, out-of-range and subnormal
// numbers, oddly nested arrays, whitespace-only names) — and now and then a whole body that is not what the route
// reads (bad JSON, deep nesting, the wrong content type, a missing or extra field).
import fc from 'fast-check';

/** The parts of JSON Schema / OpenAPI 3 the document uses. */
export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  oneOf?: Schema[];
  anyOf?: Schema[];
  allOf?: Schema[];
  nullable?: boolean;
  pattern?: string;
}

export interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: Schema;
}

export interface Operation {
  method: string;
  /** OpenAPI path with `{name}` placeholders */
  path: string;
  parameters: Parameter[];
  body: { kind: 'json'; schema: Schema; required: boolean } | { kind: 'multipart' } | null;
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Parameter[]; requestBody?: { required?: boolean; content?: Record<string, { schema?: Schema }> } }>>;
  components?: { schemas?: Record<string, Schema> };
}

/** Known values by parameter or property name (real ids of this test's world), so inputs reach real rows. */
export type Pools = Record<string, readonly string[]>;

/** One generated HTTP request. */
export interface GeneratedInput {
  method: string;
  path: string;
  query: string;
  headers: Record<string, string>;
  /** JSON text, raw text or a multipart form */
  body?: string | { file: Uint8Array; filename: string; entryToken?: string };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function operationsOf(document: OpenApiDocument): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (!METHODS.includes(method)) continue;
      const content = operation.requestBody?.content ?? {};
      const json = content['application/json']?.schema;
      const body: Operation['body'] = json
        ? { kind: 'json', schema: json, required: operation.requestBody?.required === true }
        : content['multipart/form-data']
          ? { kind: 'multipart' }
          : null;
      operations.push({ method: method.toUpperCase(), path, parameters: operation.parameters ?? [], body });
    }
  }
  return operations;
}

/** The values PostgreSQL or people cannot use, and the edges of every type. */
const HOSTILE_STRINGS = [
  'a\u0000b',
  '\u0000',
  '\ud800',
  'x\udfffy',
  '\ud83d',
  '   ',
  '\t\n',
  'bell\u0007',
  'esc\u001b[31m',
  'del\u007f',
  '\u202eevil',
  '\ufeff',
  '',
  '𠀀𠮷😀',
  'a'.repeat(5000),
  '车'.repeat(3000),
  "'; DROP TABLE request; --",
  '../../etc/passwd',
  '%00%ff',
  '2026-02-30',
  '9999-12-31T23:59:59Z',
  '0000-00-00',
  '-1',
  '1e309',
  'NaN',
  'true',
  'null',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-4fff-bfff-ffffffffffff',
];
const HOSTILE_NUMBERS = [2 ** 31, -(2 ** 31) - 1, 2 ** 53 + 2, -(2 ** 63), 1e308, -1e308, 5e-324, -5e-324, 2.2250738585072014e-308, -0, 0.1 + 0.2, 1.005, 123456789012.345];
const HOSTILE_SHAPES: unknown[] = [null, [], [[]], [['x']], [[['admin']]], {}, { a: { b: { c: {} } } }, true, false, [null], [1, 'a', null, {}]];

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_NUMBERS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_SHAPES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** Text as people type it: Chinese, ASCII, digits, punctuation, the odd emoji. */
const HUMAN = [...'车间食堂工资加班安全宿舍更衣柜空调维修申请职工工会办实事问题建议，。！？、：；（）', ...'abcXYZ019 -_.@#', '😀', '\n'];
const humanText = (min: number, max: number) => fc.string({ unit: fc.constantFrom(...HUMAN), minLength: min, maxLength: max });

function chinaDate(offsetDays: number): string {
  return new Date(Date.now() + 8 * 3600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

export class InputGenerator {
  private readonly schemas: Record<string, Schema>;

  constructor(
    document: OpenApiDocument,
    private readonly pools: Pools,
  ) {
    this.schemas = document.components?.schemas ?? {};
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; current.$ref && hops < 20; hops++) {
      const name = current.$ref.split('/').pop() as string;
      current = this.schemas[name] ?? {};
    }
    return current;
  }

  /** A value for `schema`; `name` picks a pool of real values; hostile values replace one leaf in ten. */
  value(schema: Schema, name = '', depth = 0): fc.Arbitrary<unknown> {
    return fc.oneof({ weight: 9, arbitrary: this.valid(schema, name, depth) }, { weight: 1, arbitrary: hostileValue });
  }

  private valid(input: Schema, name: string, depth: number): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    if (schema.allOf) {
      const merged: Schema = { type: 'object', properties: {}, required: [] };
      for (const part of schema.allOf.map((s) => this.resolve(s))) {
        Object.assign(merged.properties as object, part.properties ?? {});
        merged.required?.push(...(part.required ?? []));
      }
      return this.valid(merged, name, depth);
    }
    const alternatives = schema.oneOf ?? schema.anyOf;
    if (alternatives) return fc.oneof(...alternatives.map((s) => this.valid(s, name, depth)));
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    const pool = this.pools[name];
    switch (type ?? (schema.properties ? 'object' : 'string')) {
      case 'string':
        if (pool?.length) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...pool) }, { weight: 1, arbitrary: this.text(schema, name) });
        return this.text(schema, name);
      case 'integer':
        return fc.integer({ min: schema.minimum ?? -5, max: schema.maximum ?? 1_000 });
      case 'number':
        return fc.oneof(
          fc.integer({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 100_000, 100_000) }),
          fc.double({ min: schema.minimum ?? 0, max: Math.min(schema.maximum ?? 100_000, 100_000), noNaN: true }).map((n) => Math.round(n * 100) / 100),
        );
      case 'boolean':
        return fc.boolean();
      case 'array':
        if (depth > 4) return fc.constant([]);
        return fc.array(this.value(schema.items ?? {}, singular(name), depth + 1), { minLength: 0, maxLength: Math.min(schema.maxItems ?? 4, 6) });
      case 'object':
        return this.object(schema, depth);
      default:
        return hostileValue;
    }
  }

  private text(schema: Schema, name: string): fc.Arbitrary<string> {
    if (!schema.format && /(^|:)id$|Id$/.test(name)) return fc.oneof(fc.uuid(), humanText(0, 12));
    switch (schema.format) {
      case 'uuid':
        return fc.uuid();
      case 'date':
        return fc.integer({ min: -400, max: 400 }).map(chinaDate);
      case 'date-time':
        return fc.integer({ min: -400, max: 400 }).map((days) => new Date(Date.now() + days * 86_400_000).toISOString());
      case 'email':
        return fc.emailAddress();
    }
    return humanText(Math.min(schema.minLength ?? 0, 50), Math.min(schema.maxLength ?? 60, 200));
  }

  /** The documented properties (required ones almost always), now and then one left out or one the DTO does not know. */
  private object(schema: Schema, depth: number): fc.Arbitrary<Record<string, unknown>> {
    if (depth > 5) return fc.constant({});
    const properties = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    const entries = Object.entries(properties).map(([key, property]) => {
      const present = required.has(key) ? fc.oneof({ weight: 19, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }) : fc.boolean();
      return fc.tuple(fc.constant(key), present, this.value(property, key, depth + 1));
    });
    const extra = fc.oneof(
      { weight: 19, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.tuple(fc.constantFrom('isAdmin', '__proto__', 'constructor', 'id', 'status'), hostileValue) },
    );
    return fc.tuple(fc.tuple(...entries), extra).map(([values, added]) => {
      const object: Record<string, unknown> = {};
      for (const [key, present, value] of values) if (present) object[key] = value;
      if (added) Object.defineProperty(object, added[0], { value: added[1], enumerable: true, writable: true, configurable: true });
      return object;
    });
  }

  /** A parameter's value as it travels in a URL; a path parameter's pool is found by the path's first segment (`requests:id`), then by its name. */
  private parameterValue(parameter: Parameter, segment: string): fc.Arbitrary<string> {
    const scoped = `${segment}:${parameter.name}`;
    return this.value(parameter.schema ?? { type: 'string' }, this.pools[scoped] ? scoped : parameter.name).map(asParameter);
  }

  /** Every part of one request to `operation`. */
  input(operation: Operation, tokens: fc.Arbitrary<string | null>): fc.Arbitrary<GeneratedInput> {
    const pathParameters = operation.parameters.filter((p) => p.in === 'path');
    const queryParameters = operation.parameters.filter((p) => p.in === 'query');
    const segment = operation.path.split('/')[2] ?? '';
    const path = fc
      .tuple(...pathParameters.map((p) => this.parameterValue(p, segment)))
      .map((values) => pathParameters.reduce((path, p, i) => path.replace(`{${p.name}}`, encodeParameter(values[i])), operation.path));
    const query = fc
      .tuple(...queryParameters.map((p) => fc.option(this.parameterValue(p, segment), { freq: p.required ? 10 : 2 })))
      .map((values) => queryParameters.flatMap((p, i) => (values[i] === null ? [] : [`${encodeURIComponent(p.name)}=${encodeParameter(values[i] as string)}`])).join('&'));
    const headers = fc.record(
      {
        'accept-language': fc.constantFrom('zh-CN,zh;q=0.9', 'en', 'en-US,en;q=0.5', 'fr', '*', 'zh-CN;q=abc'),
        'idempotency-key': fc.oneof(fc.uuid(), fc.string({ unit: fc.constantFrom(...'abcXYZ019-_:'), maxLength: 300 })),
      },
      { requiredKeys: [] },
    );
    return fc.tuple(path, query, headers, tokens, this.body(operation)).map(([path, query, headers, token, body]) => {
      const all: Record<string, string> = { ...headers };
      if (token) all.authorization = `Bearer ${token}`;
      if (typeof body === 'string') all['content-type'] = body.startsWith('raw:') ? rawContentType(body) : 'application/json';
      return { method: operation.method, path, query, headers: all, body: typeof body === 'string' && body.startsWith('raw:') ? rawBody(body) : body };
    });
  }

  private body(operation: Operation): fc.Arbitrary<GeneratedInput['body']> {
    const broken = fc.constantFrom(
      'raw:json:{"title":',
      'raw:json:' + '['.repeat(5000) + ']'.repeat(5000),
      'raw:json:' + '{"a":'.repeat(2000) + '1' + '}'.repeat(2000),
      'raw:text:hello',
      'raw:form:a=1&b=2',
      'raw:json:"just a string"',
      'raw:json:[1,2,3]',
      'raw:json:null',
    );
    if (operation.method === 'GET') return fc.constant(undefined); // fetch sends no body with a GET
    if (!operation.body) return fc.oneof({ weight: 9, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: broken });
    if (operation.body.kind === 'multipart') {
      const file = fc.oneof(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constant(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9])),
      );
      const filename = fc.oneof(fc.constantFrom('photo.jpg', 'a.pdf', '../../x.jpg', '\u0000.jpg', '照片.JPG', 'a'.repeat(300) + '.png'), humanText(1, 30));
      const entryToken = fc.option(fc.oneof(fc.constantFrom(...(this.pools.entryToken ?? ['none'])), fc.string({ maxLength: 40 })), { nil: undefined });
      return fc.record({ file, filename, entryToken }, { requiredKeys: ['file', 'filename'] });
    }
    const json = this.value(operation.body.schema, '', 0).map((value) => JSON.stringify(value));
    return fc.oneof({ weight: 17, arbitrary: json }, { weight: 2, arbitrary: broken }, { weight: 1, arbitrary: fc.constant(undefined) });
  }
}

function singular(name: string): string {
  return name.endsWith('Ids') ? name.slice(0, -3) + 'Id' : name.endsWith('s') ? name.slice(0, -1) : name;
}

function asParameter(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Object.is(value, -0)) return '-0';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** Percent-encoding as UTF-8; a lone surrogate as the three bytes a careless encoder writes (WTF-8), which are not UTF-8. */
function encodeParameter(value: string): string {
  return value.replace(/[\ud800-\udbff][\udc00-\udfff]|[\s\S]/g, (unit) => {
    const code = unit.charCodeAt(0);
    if (unit.length === 1 && code >= 0xd800 && code <= 0xdfff)
      return `%${(0xe0 | (code >> 12)).toString(16)}%${(0x80 | ((code >> 6) & 0x3f)).toString(16)}%${(0x80 | (code & 0x3f)).toString(16)}`.toUpperCase();
    return encodeURIComponent(unit);
  });
}

function rawContentType(body: string): string {
  if (body.startsWith('raw:json:')) return 'application/json';
  if (body.startsWith('raw:form:')) return 'application/x-www-form-urlencoded';
  return 'text/plain';
}

function rawBody(body: string): string {
  return body.replace(/^raw:\w+:/, '');
}
