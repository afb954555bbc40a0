// Does a response match what the OpenAPI document says its route answers: a documented status, a documented content
// type, and a JSON body valid against the documented schema? Every integration test's HTTP helper (http.ts) holds
// the server to it; a fuzz suite can too (`new ResponseValidator(document).problems(...)`).
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';

interface MediaType {
  schema?: unknown;
}

interface ResponseSpec {
  description?: string;
  content?: Record<string, MediaType>;
}

interface OperationSpec {
  operationId?: string;
  responses?: Record<string, ResponseSpec>;
}

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Partial<Record<Method, OperationSpec>>>;
  components?: { schemas?: Record<string, unknown> };
}

export interface ReceivedResponse {
  method: string;
  /** the path, with or without a query string */
  path: string;
  status: number;
  /** the Content-Type header, if any */
  contentType: string | null;
  /** the parsed JSON body (or the text, when it was not JSON) */
  body: unknown;
}

interface Route {
  path: string;
  pattern: RegExp;
  /** literal segments win over parameters, as in Fastify's router (`/requests/counts` before `/requests/{id}`) */
  literals: number;
  operations: Partial<Record<string, OperationSpec>>;
}

const DOCUMENT_ID = 'openapi';

function isJson(contentType: string | null): boolean {
  return contentType !== null && /^application\/([\w.+-]+\+)?json\b/i.test(contentType);
}

function mediaTypeMatches(documented: string, received: string): boolean {
  const [type, subtype] = documented.toLowerCase().split('/');
  const [receivedType, receivedSubtype] = received.toLowerCase().split(';')[0].trim().split('/');
  return type === receivedType && (subtype === '*' || subtype === receivedSubtype);
}

/** `#/components/schemas/X` of the document, as seen from a schema compiled on its own. */
function fromDocument(schema: unknown): unknown {
  return JSON.parse(JSON.stringify(schema), (key, value) => (key === '$ref' && typeof value === 'string' && value.startsWith('#') ? `${DOCUMENT_ID}${value}` : value));
}

export class ResponseValidator {
  private readonly ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: false });
  private readonly routes: Route[];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(readonly document: OpenApiDocument) {
    this.ajv.addSchema({ $id: DOCUMENT_ID, components: document.components ?? {} });
    this.routes = Object.entries(document.paths)
      .map(([path, operations]) => {
        const segments = path.split('/');
        const pattern = new RegExp(`^${segments.map((segment) => (/^\{.+\}$/.test(segment) ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`);
        return { path, pattern, literals: segments.filter((segment) => !segment.startsWith('{')).length, operations };
      })
      .sort((a, b) => b.literals - a.literals);
  }

  /** The documented operation that answers `method path`, or undefined when the document has no such route. */
  operation(method: string, path: string): { path: string; operation: OperationSpec } | undefined {
    const pathname = new URL(path, 'http://localhost').pathname;
    for (const route of this.routes) {
      if (!route.pattern.test(pathname)) continue;
      const operation = route.operations[method.toLowerCase()];
      if (operation) return { path: route.path, operation };
    }
    return undefined;
  }

  /**
   * What is wrong with a response; [] when it matches the document, or when the document does not speak to it: a
   * route it does not have, or a body that is neither JSON nor a success (a proxy's error page is not the API's).
   */
  problems(response: ReceivedResponse): string[] {
    const found = this.operation(response.method, response.path);
    if (!found) return [];
    const route = `${response.method.toUpperCase()} ${found.path} → ${response.status}`;
    const json = isJson(response.contentType);
    if (!json && (response.status < 200 || response.status >= 300)) return [];
    const responses = found.operation.responses ?? {};
    const documented = responses[String(response.status)];
    if (!documented) return [`${route} is not documented (documented: ${Object.keys(responses).join(', ')}); body ${excerpt(response.body)}`];
    const content = documented.content;
    if (!content) {
      return response.body === undefined || response.body === '' ? [] : [`${route} is documented without a body, but one came: ${excerpt(response.body)}`];
    }
    const mediaType = Object.keys(content).find((type) => response.contentType !== null && mediaTypeMatches(type, response.contentType));
    if (!mediaType) return [`${route} came as ${response.contentType ?? 'no content type'}, documented: ${Object.keys(content).join(', ')}`];
    if (!json) return [];
    const validate = this.validator(`${found.path} ${response.method} ${response.status} ${mediaType}`, content[mediaType].schema);
    if (validate(response.body)) return [];
    return (validate.errors ?? [])
      .slice(0, 10)
      .map((error) => `${route}: body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}; body ${excerpt(response.body)}`);
  }

  private validator(key: string, schema: unknown): ValidateFunction {
    let validate = this.compiled.get(key);
    if (!validate) {
      validate = this.ajv.compile(fromDocument(schema ?? {}) as object);
      this.compiled.set(key, validate);
    }
    return validate;
  }
}

function excerpt(body: unknown): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return text === undefined ? '(none)' : text.length > 400 ? `${text.slice(0, 400)}…` : text;
}
