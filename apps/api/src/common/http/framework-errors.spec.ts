import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { Socket } from 'node:net';
import { clientErrorHandler, frameworkErrors } from './framework-errors';

/** A socket that records what is written to it and whether it was closed. */
function fakeSocket(state: { destroyed?: boolean; writable?: boolean } = {}) {
  const socket = { destroyed: state.destroyed ?? false, writable: state.writable ?? true, written: '', closed: false };
  return Object.assign(socket, {
    write: (text: string) => {
      socket.written += text;
      return true;
    },
    destroy: () => {
      socket.closed = true;
    },
  });
}

function errorWithCode(code: string): Error & { code: string } {
  return Object.assign(new Error(code), { code });
}

/** The status and JSON body of a raw HTTP response. */
function parse(raw: string): { status: number; body: unknown } {
  const [head, body] = raw.split('\r\n\r\n');
  return { status: Number(head.split(' ')[1]), body: JSON.parse(body) };
}

describe('clientErrorHandler', () => {
  it.each([
    ['HPE_HEADER_OVERFLOW', 431, 'HEADERS_TOO_LARGE'],
    ['ERR_HTTP_REQUEST_TIMEOUT', 408, 'REQUEST_TIMEOUT'],
    ['HPE_INVALID_HEADER_TOKEN', 400, 'BAD_REQUEST'],
    ['HPE_INVALID_METHOD', 400, 'BAD_REQUEST'],
  ])('answers %s with %i {code: %s, message} and closes the connection', (nodeCode, status, code) => {
    const socket = fakeSocket();
    clientErrorHandler(errorWithCode(nodeCode), socket as unknown as Socket);
    expect(parse(socket.written)).toEqual({ status, body: { code, message: expect.any(String) } });
    expect(socket.written).toMatch(/\r\nContent-Length: \d+\r\n/);
    expect(socket.closed).toBe(true);
  });

  it('writes nothing to a reset or destroyed connection', () => {
    const reset = fakeSocket();
    clientErrorHandler(errorWithCode('ECONNRESET'), reset as unknown as Socket);
    const destroyed = fakeSocket({ destroyed: true });
    clientErrorHandler(errorWithCode('HPE_HEADER_OVERFLOW'), destroyed as unknown as Socket);
    expect(reset.written + destroyed.written).toBe('');
  });
});

describe('frameworkErrors', () => {
  function answer(code: string): { status?: number; body?: unknown } {
    const sent: { status?: number; body?: unknown } = {};
    const reply = {
      code(status: number) {
        sent.status = status;
        return reply;
      },
      send(body: unknown) {
        sent.body = body;
        return reply;
      },
    };
    frameworkErrors(Object.assign(new Error(code), { code }) as FastifyError, {} as FastifyRequest, reply as unknown as FastifyReply);
    return sent;
  }

  it.each([
    ['FST_ERR_BAD_URL', 400, 'BAD_REQUEST'],
    ['FST_ERR_MAX_PARAM_LENGTH', 414, 'URI_TOO_LONG'],
    ['FST_ERR_ASYNC_CONSTRAINT', 500, 'INTERNAL'],
  ])('answers %s with %i {code: %s, message}', (fastifyCode, status, code) => {
    expect(answer(fastifyCode)).toEqual({ status, body: { code, message: expect.any(String) } });
  });
});
