// One fetch wrapper: JSON in and out, the session cookie, and API errors as ApiRequestError.
import type { ApiError } from '@banshishi/contracts';
import { noteDataAsOf } from './data-as-of';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiError,
    /** From the Retry-After header of a 429 (locked account, rate limit). */
    readonly retryAfterSeconds?: number,
  ) {
    super(body.message);
    this.name = 'ApiRequestError';
  }

  get code(): string {
    return this.body.code;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

function parseBody(text: string): unknown {
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined; // an HTML error page from a proxy is not an API body
  }
}

function isApiError(body: unknown): body is ApiError {
  return typeof body === 'object' && body !== null && typeof (body as ApiError).code === 'string';
}

export async function api<T>(path: string, init: RequestInit & { json?: unknown; query?: Query } = {}): Promise<T> {
  const { json, query, headers, ...rest } = init;
  const response = await fetch(`/api${withQuery(path, query)}`, {
    credentials: 'same-origin',
    ...rest,
    headers: { Accept: 'application/json', ...(json === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
    body: json === undefined ? rest.body : JSON.stringify(json),
  });
  const body = parseBody(await response.text());
  if (!response.ok) {
    const error = isApiError(body) ? body : { code: `HTTP_${response.status}`, message: response.statusText };
    const retryAfter = Number(response.headers.get('Retry-After'));
    throw new ApiRequestError(response.status, error, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
  }
  noteDataAsOf(path, response.headers.get('X-Data-As-Of'));
  return body as T;
}
