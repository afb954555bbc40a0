import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { Public } from '../identity/public.decorator';
import { ProjectViewsService } from './project-views.service';

/** 公示: approved projects for anyone, no login; no person, contact or note ever appears here. */
@ApiTags('public')
@ApiErrors(503)
@Controller('public/projects')
export class PublicProjectsController {
  constructor(private readonly views: ProjectViewsService) {}

  @Public()
  @Get()
  @ApiResult(['PublicProject'])
  list() {
    return this.views.publicList();
  }

  @Public()
  @Get(':code')
  @ApiResult('PublicProjectDetail')
  @ApiErrors(404)
  one(@Param('code') code: string) {
    return this.views.publicOne(code);
  }
}
