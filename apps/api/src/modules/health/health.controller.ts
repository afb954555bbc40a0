import { Controller, Get, Res } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../identity/public.decorator';
import { ReadinessService, type Readiness } from './readiness.service';

type ReadinessAnswer = Readiness & { code?: 'NOT_READY'; message?: string };

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(private readonly readiness: ReadinessService) {}

  @Get('live')
  @ApiOperation({ summary: 'the process is serving (no database involved): restart it when this fails' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @ApiOperation({ summary: 'database (own connection), migrations, job queue, upload storage: 503 names what failed' })
  ready(@Res({ passthrough: true }) reply: FastifyReply): Promise<ReadinessAnswer> {
    return this.answer(reply);
  }

  @Get()
  @ApiOperation({ summary: 'the same as /api/health/ready' })
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
