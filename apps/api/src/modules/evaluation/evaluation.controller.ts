import { Body, Controller, Delete, Get, HttpCode, Ip, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { Roles, WholeTree } from '../identity/roles.decorator';
import { EvaluationSettingsDto, ExclusionDto, TrackFeedbackDto } from './dto/evaluation.dto';
import { EvaluationSettingsService } from './evaluation-settings.service';
import { RequestExclusionService } from './request-exclusion.service';
import { TrackFeedbackService } from './track-feedback.service';

@ApiTags('evaluation')
@ApiErrors(503)
@Controller()
export class EvaluationController {
  constructor(
    private readonly settings: EvaluationSettingsService,
    private readonly exclusions: RequestExclusionService,
    private readonly trackFeedback: TrackFeedbackService,
  ) {}

  @ApiBearerAuth()
  @Get('settings/evaluation')
  @Roles('admin', 'leader', 'cadre')
  @ApiResult('EvaluationSettings')
  @ApiErrors(401, 403)
  getSettings() {
    return this.settings.get();
  }

  @ApiBearerAuth()
  @Put('settings/evaluation')
  @Roles('admin')
  @WholeTree()
  @ApiResult('EvaluationSettings')
  @ApiErrors(400, 401, 403)
  putSettings(@CurrentUser() user: AuthUser, @Body() body: EvaluationSettingsDto) {
    return this.settings.update(user, body);
  }

  /** 不合理诉求: leave the request out of the figures (audited). */
  @ApiBearerAuth()
  @Post('requests/:id/exclusion')
  @HttpCode(200)
  @Roles('leader', 'cadre')
  @ApiResult('RequestExclusion')
  @ApiErrors(400, 401, 403, 404, 422)
  exclude(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: ExclusionDto) {
    return this.exclusions.set(user, id, body.reason);
  }

  @ApiBearerAuth()
  @Delete('requests/:id/exclusion')
  @Roles('leader', 'cadre')
  @ApiResult('RequestExclusion')
  @ApiErrors(400, 401, 403, 404, 422)
  include(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.exclusions.set(user, id, null);
  }

  /** The anonymous requester's answer with the tracking code and secret (a logged-in requester uses the actions). */
  @Public()
  @Post('track/:code/feedback')
  @HttpCode(200)
  @ApiResult('TrackedAnswerResult')
  @ApiErrors(400, 404, 422, 429)
  answer(@Param('code') code: string, @Body() body: TrackFeedbackDto, @Ip() ip: string) {
    return this.trackFeedback.answer(code, body, ip);
  }
}
