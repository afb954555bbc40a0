import { Body, Controller, Headers, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { CreateRequestDto } from './dto/create-request.dto';
import { parseIdempotencyKey } from './idempotency.service';
import { SubmissionRateGuard } from './submission-rate.guard';
import { SubmissionService } from './submission.service';

/** 意见收集: a request submitted, by a signed-in worker or anonymously through a unit's QR entry. */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionService) {}

  /** A worker's (token) or an anonymous (entryToken, no token) submission. */
  @Public()
  @UseGuards(SubmissionRateGuard)
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'same key + same body → the same response, no second request' })
  async submit(
    @CurrentUser() user: AuthUser | undefined,
    @Body() body: CreateRequestDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.submissions.submit(user, body, parseIdempotencyKey(key));
    void reply.status(result.status);
    return result.body;
  }
}
