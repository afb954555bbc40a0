// The refusals that Node's HTTP server and Fastify's router answer before any route (and so before Nest's error
// filter) runs, in the API's one shape {code, message}: a request HTTP cannot read, headers over Node's limit (431), a
// client too slow to send its request (408), a URL that does not decode, a path parameter over the router's length
// limit (414). What reaches Nest (404 route, 413, 415, bad JSON) goes through error.filter.ts like everything else.
import type { FastifyError, FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { DomainError } from '../errors/domain-error';
import { toErrorBody } from '../filters/error.filter';

/** Node's clientError codes (llhttp's HPE_* and the request timeout) as the API's errors. */
function connectionRefusal(code: string): DomainError {
  if (code === 'HPE_HEADER_OVERFLOW') return new DomainError('HEADERS_TOO_LARGE', 'The request headers (cookies included) are too large');
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return new DomainError('REQUEST_TIMEOUT', 'The request took too long to arrive');
  return new DomainError('BAD_REQUEST', 'The request is not valid HTTP');
}

/**
 * Fastify's `clientErrorHandler`: the request never became one (no route, no reply object), so the answer is written
 * on the socket, which is then closed, as Node and Fastify do by default.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody left to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  if (socket.writable) {
    const { status, body } = toErrorBody(connectionRefusal(error.code ?? ''));
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(json)}\r\nConnection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy(error);
}

/** Fastify's router refusals: FST_ERR_BAD_URL, FST_ERR_MAX_PARAM_LENGTH (and FST_ERR_ASYNC_CONSTRAINT, which we never use). */
function routerRefusal(error: FastifyError): DomainError {
  if (error.code === 'FST_ERR_BAD_URL') return new DomainError('BAD_REQUEST', 'The URL is not valid: a %-escape does not decode');
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return new DomainError('URI_TOO_LONG', 'A part of the URL is too long');
  return new DomainError('INTERNAL', 'Internal server error');
}

export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const { status, body } = toErrorBody(routerRefusal(error));
  void reply.code(status).send(body);
}

/** The options of the Fastify server that put these refusals in the API's shape. */
export const FRAMEWORK_ERROR_OPTIONS = { clientErrorHandler, frameworkErrors } satisfies Pick<FastifyServerOptions, 'clientErrorHandler' | 'frameworkErrors'>;
