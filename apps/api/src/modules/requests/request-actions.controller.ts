import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { ActionBodyPipe, type ActionBody } from '../../common/pipes/action-body.pipe';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { BulkActionsDto } from './bulk-actions.dto';
import { RequestActionsService } from './request-actions.service';

@ApiTags('requests')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 503)
@Controller('requests')
export class RequestActionsController {
  constructor(private readonly actions: RequestActionsService) {}

  @Post('bulk-actions')
  @HttpCode(200)
  @Roles('cadre')
  @ApiResult('BulkActionResults')
  async bulk(@CurrentUser() user: AuthUser, @Body() body: BulkActionsDto) {
    const input = body.action === 'assign' ? { handlerId: body.handlerId } : {};
    return { results: await this.actions.bulk(user, body.action, body.items, input) };
  }

  /** Every action's input is checked by libs/workflow's transition table, so the body is taken as it comes. */
  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', required: ['version'], properties: { version: { type: 'integer' } }, additionalProperties: true } })
  @ApiResult('RequestDetail')
  @ApiErrors(404, 409, 422)
  act(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('action') action: string, @Body(new ActionBodyPipe('request')) body: ActionBody) {
    return this.actions.act(user, id, action, body);
  }
}
