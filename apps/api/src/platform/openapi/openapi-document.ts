// The OpenAPI 3.1 document served at /api/docs-json: the routes, parameters and request bodies as @nestjs/swagger reads
// them from the controllers and DTOs; every success body a schema generated from libs/contracts (@ApiResult); every
// error status the one error body (@ApiErrors, and the body refusals every body route shares); GET /metrics by hand.
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import type { OperationObject, PathItemObject, SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { errorResponse, successResponseOf, type ErrorStatus } from '../../common/decorators/api-responses.decorator';
import { METRICS_PATH } from '../metrics/metrics-http.service';
import { CONTRACT_SCHEMAS } from './contract-schemas';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Fastify refuses a body it cannot take before any route runs: not JSON (400), too large (413), of another type (415). */
const BODY_REFUSALS: ErrorStatus[] = [400, 413, 415];
const BODY_METHODS = new Set<string>(['put', 'post', 'delete', 'patch']);
/** The router refuses a path parameter longer than it takes (414) before any route runs. */
const PATH_REFUSALS: ErrorStatus[] = [414];
/** The edge check (common/input) refuses unusable text (NUL, lone surrogates, control characters) in any parameter: 400. */
const PARAMETER_REFUSALS: ErrorStatus[] = [400];
/** Node's HTTP server refuses a request whose line and headers (a long query string, say) pass 16 KB, before any route runs. */
const REQUEST_REFUSALS: ErrorStatus[] = [431];
/** The guard refuses a session whose password must be changed first (403 PASSWORD_CHANGE_REQUIRED) on every route that needs a login. */
const SIGNED_IN_REFUSALS: ErrorStatus[] = [403];

const STATUS_TEXT: Record<string, string> = { 200: 'OK', 201: 'Created', 204: 'No content' };

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('banshishi 办实事 API')
    .setDescription('意见收集 → 项目确定 → 精准实施 → 评估问效. Every error answers `ApiError` {code, message, errors?}.')
    .setVersion('1')
    .addBearerAuth()
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const own = document.components?.schemas ?? {};
  const clash = Object.keys(CONTRACT_SCHEMAS).filter((name) => name in own);
  if (clash.length) throw new Error(`OpenAPI: a DTO and a contract type share the name ${clash.join(', ')}`);
  document.components = { ...document.components, schemas: { ...(nullAsType(own) as Record<string, SchemaObject>), ...CONTRACT_SCHEMAS } };

  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      describeSuccess(operation);
      const refusals = [
        ...REQUEST_REFUSALS,
        ...(BODY_METHODS.has(method) ? BODY_REFUSALS : []),
        ...(path.includes('{') ? PATH_REFUSALS : []),
        ...(operation.parameters?.length ? PARAMETER_REFUSALS : []),
        // Whoever must change their password first gets 403 PASSWORD_CHANGE_REQUIRED from every route that needs a login.
        ...(operation.responses[401] ? SIGNED_IN_REFUSALS : []),
      ];
      for (const status of refusals) operation.responses[status] ??= errorResponse(status);
    }
  }
  document.paths[METRICS_PATH] = metricsPath();
  return document;
}

/** The @ApiResult (or @ApiFileResult, @ApiNoContent) of the route, on its own success status. */
function describeSuccess(operation: OperationObject): void {
  const success = operation.operationId ? successResponseOf(operation.operationId) : undefined;
  if (!success) return;
  for (const status of Object.keys(operation.responses)) if (status.startsWith('2')) delete operation.responses[status];
  operation.responses[success.status] = { description: STATUS_TEXT[success.status] ?? 'Success', ...(success.content ? { content: success.content } : {}) };
}

/** @nestjs/swagger writes OpenAPI 3.0's `nullable: true`; 3.1 says it with the type `null`. */
function nullAsType(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(nullAsType);
  if (!value || typeof value !== 'object') return value;
  const { nullable, ...rest } = value as Record<string, unknown>;
  const schema = Object.fromEntries(Object.entries(rest).map(([key, inner]) => [key, nullAsType(inner)]));
  if (nullable !== true) return schema;
  if (typeof schema.type === 'string') return { ...schema, type: [schema.type, 'null'] };
  return { anyOf: [schema, { type: 'null' }] };
}

/** GET /metrics is Fastify's own route (outside /api and the guards), so the controllers cannot describe it. */
function metricsPath(): PathItemObject {
  return {
    get: {
      tags: ['metrics'],
      summary: 'Prometheus metrics: only with METRICS=on, and with `Authorization: Bearer <METRICS_TOKEN>` when one is set',
      security: [{ bearer: [] }, {}],
      responses: {
        200: { description: 'the Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } },
        401: errorResponse(401),
        404: { ...errorResponse(404), description: 'NOT_FOUND: metrics are off' },
      },
    },
  };
}
