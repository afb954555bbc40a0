import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../../identity/auth-user';
import { CurrentUser } from '../../identity/current-user.decorator';
import { ProjectsService } from '../projects.service';
import { CompleteMilestoneDto } from './complete-milestone.dto';
import { PlanMilestoneDto } from './plan-milestone.dto';

/** A project's milestones: the project actions plan_milestone and complete_milestone, with typed bodies. */
@ApiTags('projects')
@ApiBearerAuth()
@Controller('projects/:id/milestones')
export class MilestonesController {
  constructor(private readonly projects: ProjectsService) {}

  @Post()
  plan(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: PlanMilestoneDto) {
    const { version, ...fields } = body;
    return this.projects.act(user, id, 'plan_milestone', { version, fields: { ...fields } });
  }

  @Post(':milestoneId/complete')
  @HttpCode(200)
  complete(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('milestoneId', ParseUUIDPipe) milestoneId: string, @Body() body: CompleteMilestoneDto) {
    const { version, ...fields } = body;
    return this.projects.act(user, id, 'complete_milestone', { version, fields: { ...fields, milestoneId } });
  }
}
