// Speaking to a running API over HTTP: the in-process test app or a separate API process, alike. Every response is
// held to the API's own OpenAPI document (openapi-responses.ts): one that does not match it fails the test.
import { ResponseValidator, type OpenApiDocument } from './openapi-responses';

export interface ApiResponse {
  status: number;
  headers: Headers;
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any -- assertions read arbitrary JSON
}

export interface RequestOptions {
  body?: unknown;
  token?: string;
  headers?: Record<string, string>;
  /** a body sent as it is (malformed JSON, for instance) */
  raw?: string;
}

/** What the factories need of an API: fetch against it, JSON bodies in and out. */
export interface Api {
  baseUrl: string;
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResponse>;
}

/** The document of each API, fetched once; a failed fetch (the API not up yet) is tried again on the next request. */
const validators = new Map<string, Promise<ResponseValidator | null>>();

export function responseValidatorFor(baseUrl: string): Promise<ResponseValidator | null> {
  let validator = validators.get(baseUrl);
  if (!validator) {
    validator = fetch(`${baseUrl}/api/docs-json`)
      .then(async (response) => (response.ok ? new ResponseValidator((await response.json()) as OpenApiDocument) : null))
      .catch(() => null);
    validators.set(baseUrl, validator);
    void validator.then((found) => found ?? validators.delete(baseUrl));
  }
  return validator;
}

/** Throws when the response is not what the document says `method path` answers. */
async function checkAgainstDocument(baseUrl: string, method: string, path: string, response: ApiResponse): Promise<void> {
  const validator = await responseValidatorFor(baseUrl);
  const problems = validator?.problems({ method, path, status: response.status, contentType: response.headers.get('content-type'), body: response.body }) ?? [];
  if (problems.length) throw new Error(`the response does not match the OpenAPI document:\n${problems.join('\n')}`);
}

export function httpApi(baseUrl: string): Api {
  return {
    baseUrl,
    async request(method, path, options = {}) {
      const headers: Record<string, string> = { ...options.headers };
      if (options.token) headers.authorization = `Bearer ${options.token}`;
      let body: string | undefined = options.raw;
      if (options.body !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(options.body);
      }
      const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
      const text = await response.text();
      let parsed: unknown = text;
      try {
        parsed = text ? JSON.parse(text) : undefined;
      } catch {
        // not JSON: keep the text
      }
      const result = { status: response.status, headers: response.headers, body: parsed };
      await checkAgainstDocument(baseUrl, method, path, result);
      return result;
    },
  };
}

/**
 * The body of a response with the expected status; otherwise an error that says what the server answered. For
 * set-up steps: a test's own expectations stay `expect(res.status)` in the test.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON
export function bodyOf<T = any>(res: ApiResponse, status = 200, what = 'request'): T {
  if (res.status !== status) throw new Error(`${what}: expected ${status}, got ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as T;
}

/**
 * A new client address per call (`x-forwarded-for`, for apps started with TRUST_PROXY), so the per-client limits
 * one test runs into never leak into another.
 */
export function clientAddresses(prefix: string): () => Record<string, string> {
  let seq = 0;
  return () => ({ 'x-forwarded-for': `${prefix}.${++seq}` });
}
