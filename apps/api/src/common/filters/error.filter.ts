// Maps every error, once, to JSON {code, message[, errors]}; never a stack trace.
import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { databaseError, sqlState } from '../errors/database-error';
import { databaseUnavailableError, isDatabaseUnavailable } from '../errors/database-unavailable';
import { DomainError, ERROR_STATUS, ErrorCode } from '../errors/domain-error';

const CODE_BY_STATUS: Record<number, ErrorCode> = Object.fromEntries(
  (Object.entries(ERROR_STATUS) as [ErrorCode, number][])
    .filter(
      ([code]) => !['MISSING_INPUT', 'BAD_REQUEST', 'PASSWORD_CHANGE_REQUIRED', 'STALE_VERSION', 'INVALID_TRANSITION', 'ACCOUNT_LOCKED', 'DATABASE_UNAVAILABLE'].includes(code),
    )
    .map(([code, status]) => [status, code]),
);

export interface ErrorBody {
  code: string;
  message: string;
  errors?: { field: string; message: string }[];
  /** a failed login's tries left (LoginFailure) */
  attemptsLeft?: number;
}

function httpMessage(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (Array.isArray(message)) return message.join('; ');
  return typeof message === 'string' ? message : exception.message;
}

/** Fastify's own errors (bad JSON, body too large, wrong content type) carry a 4xx statusCode. */
function isClientError(error: unknown): error is { statusCode: number; message: string } {
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500;
}

export function toErrorBody(exception: unknown): { status: number; body: ErrorBody } {
  if (exception instanceof DomainError) {
    const body: ErrorBody = { code: exception.code, message: exception.message };
    if (exception.details.errors) body.errors = exception.details.errors;
    if (exception.details.attemptsLeft !== undefined) body.attemptsLeft = exception.details.attemptsLeft;
    return { status: exception.status, body };
  }
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    return { status, body: { code: CODE_BY_STATUS[status] ?? (status < 500 ? 'BAD_REQUEST' : 'INTERNAL'), message: httpMessage(exception) } };
  }
  if (isClientError(exception)) {
    const status = exception.statusCode;
    return { status, body: { code: CODE_BY_STATUS[status] ?? 'BAD_REQUEST', message: exception.message } };
  }
  return { status: 500, body: { code: 'INTERNAL', message: 'Internal server error' } };
}

@Catch()
export class ErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('ErrorFilter');

  catch(thrown: unknown, host: ArgumentsHost): void {
    // A lost database is not a bug: 503 with Retry-After, and one warning line instead of a stack.
    const unavailable = !(thrown instanceof DomainError) && isDatabaseUnavailable(thrown);
    // Nor is a value the database refused (a unique name taken, a number out of range): 4xx, never a stack.
    const refused = unavailable || thrown instanceof DomainError ? null : databaseError(thrown);
    const exception = unavailable ? databaseUnavailableError() : (refused ?? thrown);
    const { status, body } = toErrorBody(exception);
    if (unavailable) this.logger.warn(`database unavailable: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    // A conflict is ordinary; any other refusal means a check at the edge or in a DTO is missing, worth a line.
    else if (refused && refused.code !== 'CONFLICT') this.logger.warn(`the database refused a value (SQLSTATE ${sqlState(thrown)}): ${refused.code}`);
    else if (status >= 500) this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    if (exception instanceof DomainError && exception.details.retryAfterSeconds) {
      void reply.header('Retry-After', String(exception.details.retryAfterSeconds));
    }
    void reply.status(status).send(body);
  }
}
