import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { Roles } from '../identity/roles.decorator';
import { ProjectEvaluationService } from './project-evaluation.service';

@ApiTags('projects')
@ApiErrors(404, 503)
@Controller()
export class ProjectEvaluationController {
  constructor(private readonly evaluation: ProjectEvaluationService) {}

  @ApiBearerAuth()
  @Get('projects/:id/evaluation')
  @Roles('cadre', 'leader')
  @ApiResult('ProjectEvaluation')
  @ApiErrors(400, 401, 403)
  forStaff(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.evaluation.forStaff(user, id);
  }

  /** 公示: what a completed project achieved, without any person in it. */
  @Public()
  @Get('public/projects/:code/outcome')
  @ApiResult('ProjectEvaluation')
  forPublic(@Param('code') code: string) {
    return this.evaluation.forPublic(code);
  }
}
