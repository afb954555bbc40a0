// Turns any thrown error into a sentence from the locale files: the code decides the words, the server's message is detail.
import type { TFunction } from 'i18next';
import { ApiRequestError } from './api-client';

const KNOWN_CODES = [
  'VALIDATION_FAILED',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'PASSWORD_CHANGE_REQUIRED',
  'NOT_FOUND',
  'STALE_VERSION',
  'CONFLICT',
  'PAYLOAD_TOO_LARGE',
  'INVALID_TRANSITION',
  'UNPROCESSABLE',
  'RATE_LIMITED',
  'ACCOUNT_LOCKED',
  'INTERNAL',
] as const;

const BY_STATUS: Record<number, (typeof KNOWN_CODES)[number]> = {
  400: 'VALIDATION_FAILED',
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  422: 'UNPROCESSABLE',
  429: 'RATE_LIMITED',
};

export interface ErrorText {
  title: string;
  /** The server's own words, when they add something. */
  detail?: string;
}

export function apiErrorText(t: TFunction, error: unknown): ErrorText {
  if (!(error instanceof ApiRequestError)) return { title: t('errors.network') };
  const code = (KNOWN_CODES as readonly string[]).includes(error.code) ? error.code : (BY_STATUS[error.status] ?? (error.status >= 500 ? 'INTERNAL' : undefined));
  const title = code ? t(`errors.code.${code}`) : t('errors.unknown', { status: error.status });
  // A refused transition's words are the workflow's own ("link_project is not allowed when the request is merged"):
  // codes, not sentences for the reader. The title says it; the page says which record (see projects/new).
  const developerWords = code === 'INVALID_TRANSITION';
  const detail = error.status >= 500 || developerWords || !error.message || error.message === title ? undefined : error.message;
  return { title, detail };
}

/** A failed request's title, detail and the server's field messages not shown on a field ("field: message"). */
export function apiErrorParts(t: TFunction, error: unknown): ErrorText & { fieldErrors: string[] } {
  const fieldErrors = error instanceof ApiRequestError ? (error.body.errors ?? []).map((entry) => `${entry.field}: ${entry.message}`) : [];
  return { ...apiErrorText(t, error), fieldErrors };
}
