import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../../identity/auth-user';
import { CurrentUser } from '../../identity/current-user.decorator';
import { ProjectsService } from '../projects.service';
import { CompleteMilestoneDto } from './complete-milestone.dto';
import { PlanMilestoneDto } from './plan-milestone.dto';
import { WaiveMilestoneDto } from './waive-milestone.dto';

/** A project's milestones: the project actions plan_milestone, complete_milestone and waive_milestone, with typed bodies. */
@ApiTags('projects')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 409, 422, 503)
@Controller('projects/:id/milestones')
export class MilestonesController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  @ApiResult('ProjectDetail')
  plan(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: PlanMilestoneDto) {
    const { version, ...fields } = body;
    return this.projects.act(user, id, 'plan_milestone', { version, fields: { ...fields } });
  }

  @Post(':milestoneId/complete')
  @HttpCode(200)
  @ApiResult('ProjectDetail')
  complete(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string, @Body() body: CompleteMilestoneDto) {
    const { version, ...fields } = body;
    return this.projects.act(user, id, 'complete_milestone', { version, fields: { ...fields, milestoneId } });
  }

  /** The approver (a leader) waives a milestone that will not be done, with the reason; it then no longer holds up completion. */
  @Post(':milestoneId/waive')
  @HttpCode(200)
  @ApiResult('ProjectDetail')
  waive(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string, @Body() body: WaiveMilestoneDto) {
    const { version, ...fields } = body;
    return this.projects.act(user, id, 'waive_milestone', { version, fields: { ...fields, milestoneId } });
  }
}
