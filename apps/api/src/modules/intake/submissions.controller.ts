import { Body, Controller, Headers, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { Roles } from '../identity/roles.decorator';
import { CreateRequestDto } from './dto/create-request.dto';
import { InPersonRequestDto } from './dto/in-person-request.dto';
import { parseIdempotencyKey } from './idempotency.service';
import { SubmissionRateGuard } from './submission-rate.guard';
import { SubmissionService } from './submission.service';

/** 意见收集: a request submitted, by a signed-in worker or anonymously through a unit's QR entry, or recorded by a cadre (代为登记). */
@ApiTags('requests')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 409, 422, 429, 503)
@Controller('requests')
export class SubmissionsController {
  constructor(private readonly submissions: SubmissionService) {}

  /** A worker's (token) or an anonymous (entryToken, no token) submission. */
  @Public()
  @UseGuards(SubmissionRateGuard)
  @Post()
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'same key + same body → the same response, no second request' })
  @ApiResult('CreatedRequest')
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

  /** 代为登记: a cadre over `unitId` records a request heard on a visit, a call, a letter, at the office or a forum. */
  @Roles('cadre')
  @Post('in-person')
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'same key + same body → the same response (the same slip), no second request' })
  @ApiResult('CreatedRequest')
  async submitInPerson(
    @CurrentUser() user: AuthUser,
    @Body() body: InPersonRequestDto,
    @Headers('idempotency-key') key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.submissions.submitInPerson(user, body, parseIdempotencyKey(key));
    void reply.status(result.status);
    return result.body;
  }
}
