import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import type { Liveness, NotReady, Readiness } from '@banshishi/contracts';
import type { FastifyReply } from 'fastify';
import { ApiResult } from '../../common/decorators/api-responses.decorator';
import { Public } from '../identity/public.decorator';
import { ReadinessService } from './readiness.service';

type ReadinessAnswer = Readiness | NotReady;

/** Not ready: an error body with the checks, which names what failed. */
const ApiNotReady = () => ApiResponse({ status: 503, description: 'NOT_READY: `error` names the checks that failed', schema: { $ref: '#/components/schemas/NotReady' } });

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @ApiOperation({ summary: 'the process is serving (no database involved): restart it when this fails' })
  @ApiResult('Liveness')
  live(): Liveness {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'database (own connection), migrations, job queue, upload storage: 503 names what failed' })
  @ApiResult('Readiness')
  @ApiNotReady()
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessAnswer> {
    return this.answer(reply);
  }

  @Get()
  @ApiOperation({ summary: 'the same as /api/health/ready' })
  @ApiResult('Readiness')
  @ApiNotReady()
  check(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessAnswer> {
    return this.answer(reply);
  }

  private async answer(reply: FastifyReply): Promise<ReadinessAnswer> {
    const result = await this.readiness.check();
    if (result.status === 'ok') return result;
    void reply.status(503);
    return { code: 'NOT_READY', message: `not ready: ${Object.keys(result.error).join(', ')}`, ...result };
  }
}
