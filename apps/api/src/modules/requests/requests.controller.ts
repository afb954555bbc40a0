import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { ListMyRequestsQuery, ListRequestsQuery, RequestCountsQuery } from './dto/list-requests.query';
import { RequestViewsService } from './request-views.service';

/** Reading requests: the scoped list and counts for cadres and leaders, 我的诉求, and the detail view. */
@ApiTags('requests')
@ApiBearerAuth()
@ApiErrors(400, 401, 503)
@Controller('requests')
export class RequestsController {
  constructor(private readonly views: RequestViewsService) {}

  @Get()
  @Roles('cadre', 'leader')
  @ApiResult('RequestPage')
  @ApiErrors(403, 404)
  list(@CurrentUser() user: AuthUser, @Query() query: ListRequestsQuery) {
    return this.views.list(user, query);
  }

  @Get('counts')
  @Roles('cadre', 'leader')
  @ApiResult('RequestCounts')
  @ApiErrors(403, 404)
  counts(@CurrentUser() user: AuthUser, @Query() query: RequestCountsQuery) {
    return this.views.counts(user, query);
  }

  @Get('mine')
  @ApiResult('RequestPage')
  mine(@CurrentUser() user: AuthUser, @Query() query: ListMyRequestsQuery) {
    return this.views.mine(user, query);
  }

  @Get(':id')
  @ApiResult('RequestDetail')
  @ApiErrors(404)
  detail(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.views.detail(user, id);
  }
}
