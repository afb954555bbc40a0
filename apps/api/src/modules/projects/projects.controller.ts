import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { ActionBodyPipe, type ActionBody } from '../../common/pipes/action-body.pipe';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { CreateProjectDto } from './dto/create-project.dto';
import { ListProjectsQuery } from './dto/list-projects.query';
import { UpdateProjectDto } from './dto/update-project.dto';
import { ProjectViewsService } from './project-views.service';
import { ProjectsService } from './projects.service';

@ApiTags('projects')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 503)
@Controller('projects')
export class ProjectsController {
  constructor(
    private readonly projects: ProjectsService,
    private readonly views: ProjectViewsService,
  ) {}

  @Post()
  @Roles('cadre')
  @ApiResult('ProjectDetail')
  @ApiErrors(404, 422)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateProjectDto) {
    return this.projects.create(user, body);
  }

  @Get()
  @Roles('cadre', 'leader')
  @ApiResult('ProjectPage')
  list(@CurrentUser() user: AuthUser, @Query() query: ListProjectsQuery) {
    return this.views.list(user, query);
  }

  @Get(':id')
  @ApiResult('ProjectDetail')
  @ApiErrors(404)
  detail(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.views.detail(user, id);
  }

  @Patch(':id')
  @ApiResult('ProjectDetail')
  @ApiErrors(404, 409, 422)
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateProjectDto) {
    return this.projects.update(user, id, body);
  }

  /** Every action's input is checked by libs/workflow's project table, so the body is taken as it comes. */
  @Post(':id/actions/:action')
  @HttpCode(200)
  @ApiBody({ schema: { type: 'object', required: ['version'], properties: { version: { type: 'integer' } }, additionalProperties: true } })
  @ApiResult('ProjectDetail')
  @ApiErrors(404, 409, 422)
  act(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Param('action') action: string, @Body(new ActionBodyPipe('project')) body: ActionBody) {
    return this.projects.act(user, id, action, body);
  }
}
