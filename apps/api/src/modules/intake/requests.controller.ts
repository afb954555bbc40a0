import { Body, Controller, Get, Headers, Param, ParseUUIDPipe, Post, Query, Res, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { Roles } from '../identity/roles.decorator';
import { CreateRequestDto } from './dto/create-request.dto';
import { ListMyRequestsQuery, ListRequestsQuery, RequestCountsQuery } from './dto/list-requests.query';
import { parseIdempotencyKey } from './idempotency.service';
import { RequestViewsService } from './request-views.service';
import { SubmissionRateGuard } from './submission-rate.guard';
import { SubmissionService } from './submission.service';

@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
export class RequestsController {
  constructor(
    private readonly submissions: SubmissionService,
    private readonly views: RequestViewsService,
  ) {}

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

  @Get()
  @Roles('cadre', 'leader')
  list(@CurrentUser() user: AuthUser, @Query() query: ListRequestsQuery) {
    return this.views.list(user, query);
  }

  @Get('counts')
  @Roles('cadre', 'leader')
  counts(@CurrentUser() user: AuthUser, @Query() query: RequestCountsQuery) {
    return this.views.counts(user, query);
  }

  @Get('mine')
  mine(@CurrentUser() user: AuthUser, @Query() query: ListMyRequestsQuery) {
    return this.views.mine(user, query);
  }

  @Get(':id')
  detail(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.views.detail(user, id);
  }
}
