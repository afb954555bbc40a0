// The edge check (check-input.ts) on every route, as a Fastify hook: after the body is parsed, before Nest's guards,
// pipes and DTOs. One place for every body, typed or not (a workflow action's body), every query and every path.
import type { FastifyInstance } from 'fastify';
import { DomainError } from '../errors/domain-error';
import { checkInput } from './check-input';

export function registerInputCheck(fastify: FastifyInstance): void {
  fastify.addHook('preValidation', async (request) => {
    const errors = [...checkInput(request.params, 'path'), ...checkInput(request.query, 'query'), ...checkInput(request.body, 'body')];
    if (errors.length > 0) throw new DomainError('VALIDATION_FAILED', errors.map((error) => error.message).join('; '), { errors });
  });
}
