// What a route answers, for the OpenAPI document: its success body, by the name of a libs/contracts type, and the
// error statuses it can answer, every one with the one error body ({code, message, errors?}: ApiError).
import { applyDecorators, RequestMethod } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants';
import { ApiResponse } from '@nestjs/swagger';
import type { ContractName } from '../../platform/openapi/contract-schemas';

interface SuccessEntry {
  handler: object;
  content?: Record<string, { schema: object }>;
}

/** By operation id (`UnitsController_create`, @nestjs/swagger's own): the handler and what its success body is. */
const SUCCESS_RESPONSES = new Map<string, SuccessEntry>();

function success(content?: SuccessEntry['content']): MethodDecorator {
  return (target, key, descriptor) => {
    SUCCESS_RESPONSES.set(`${target.constructor.name}_${String(key)}`, { handler: descriptor.value as object, content });
  };
}

/**
 * The success response of an operation: on the status Nest answers with (its @HttpCode, else 201 for a POST and 200
 * otherwise), read when the document is built, so a route never names its status twice.
 */
export function successResponseOf(operationId: string): { status: number; content?: SuccessEntry['content'] } | undefined {
  const entry = SUCCESS_RESPONSES.get(operationId);
  if (!entry) return undefined;
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, entry.handler) as number | undefined;
  const status = code ?? (Reflect.getMetadata(METHOD_METADATA, entry.handler) === RequestMethod.POST ? 201 : 200);
  return { status, content: entry.content };
}

/** The success body is the contract type `name` (`[name]`: a list of it). */
export function ApiResult(name: ContractName | [ContractName]): MethodDecorator {
  const ref = { $ref: `#/components/schemas/${Array.isArray(name) ? name[0] : name}` };
  return success({ 'application/json': { schema: Array.isArray(name) ? { type: 'array', items: ref } : ref } });
}

/** The success body is a file (or text) in one of `contentTypes`, not JSON. */
export function ApiFileResult(...contentTypes: string[]): MethodDecorator {
  return success(Object.fromEntries(contentTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])));
}

/** Success has no body (204). */
export function ApiNoContent(): MethodDecorator {
  return success();
}

export const ERROR_RESPONSES = {
  400: 'VALIDATION_FAILED (`errors` names each field) or MISSING_INPUT; also a body that is not JSON',
  401: 'UNAUTHENTICATED: no session, or it has expired',
  403: "FORBIDDEN: the caller's roles do not allow it; PASSWORD_CHANGE_REQUIRED: change the password first (POST /api/auth/password)",
  404: "NOT_FOUND: no such thing, or it lies outside the caller's scope",
  409: 'STALE_VERSION (someone changed it first: reload) or CONFLICT',
  413: 'PAYLOAD_TOO_LARGE',
  414: 'URI_TOO_LONG: a part of the path is longer than the router takes',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  422: 'INVALID_TRANSITION (the workflow does not allow it now) or UNPROCESSABLE',
  429: 'RATE_LIMITED or ACCOUNT_LOCKED: try again after Retry-After seconds',
  431: 'HEADERS_TOO_LARGE: the request line and headers together are over 16 KB',
  503: 'DATABASE_UNAVAILABLE: try again after Retry-After seconds',
} as const;

export type ErrorStatus = keyof typeof ERROR_RESPONSES;

const RETRY_AFTER = { 'Retry-After': { description: 'seconds to wait', schema: { type: 'integer' } } };

const ERROR_SCHEMA_REF = '#/components/schemas/ApiError';

/** The error response of `status`, as the document carries it. */
export function errorResponse(status: ErrorStatus) {
  return {
    description: ERROR_RESPONSES[status],
    ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
    content: { 'application/json': { schema: { $ref: ERROR_SCHEMA_REF } } },
  };
}

/** The error statuses a route (or every route of a controller) can answer, each with the error body. */
export function ApiErrors(...statuses: ErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, ...errorResponse(status) })));
}
