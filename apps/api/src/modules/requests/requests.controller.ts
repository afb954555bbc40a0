import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { ListMyRequestsQuery, ListRequestsQuery, RequestCountsQuery } from './dto/list-requests.query';
import { RequestViewsService } from './request-views.service';

/** Reading requests: the scoped list and counts for cadres and leaders, 我的诉求, and the detail view. */
@ApiTags('requests')
@ApiBearerAuth()
@Controller('requests')
export class RequestsController {
  constructor(private readonly views: RequestViewsService) {}

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
