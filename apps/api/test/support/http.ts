// Speaking to a running API over HTTP: the in-process test app or a separate API process, alike.

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
      return { status: response.status, headers: response.headers, body: parsed };
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
