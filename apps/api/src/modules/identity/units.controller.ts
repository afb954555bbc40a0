import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';
import { Roles } from './roles.decorator';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@ApiErrors(401, 503)
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  @ApiResult(['OrgUnitNode'])
  tree(@CurrentUser() user: AuthUser) {
    return this.units.tree(user);
  }

  /** Who may be assigned this unit's requests or own its projects; a unit outside the caller's scope is 404. */
  @Get(':id/handlers')
  @Roles('cadre', 'leader', 'admin')
  @ApiResult(['UnitHandler'])
  @ApiErrors(400, 403, 404)
  handlers(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.units.handlers(user, id);
  }

  @Post()
  @Roles('admin')
  @ApiResult('OrgUnit')
  @ApiErrors(400, 403, 404, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUnitDto) {
    return this.units.create(user, body);
  }

  @Patch(':id')
  @Roles('admin')
  @ApiResult('OrgUnit')
  @ApiErrors(400, 403, 404, 409)
  rename(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUnitDto) {
    return this.units.rename(user, id, body);
  }

  @Post(':id/entry-token')
  @Roles('cadre', 'admin')
  @ApiResult('OrgUnit')
  @ApiErrors(400, 403, 404)
  rotate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.units.rotateEntryToken(user, id);
  }
}
