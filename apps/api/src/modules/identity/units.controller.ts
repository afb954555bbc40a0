import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { CreateUnitDto, UpdateUnitDto } from './dto/unit.dto';
import { Roles } from './roles.decorator';
import { UnitsService } from './units.service';

@ApiTags('units')
@ApiBearerAuth()
@Controller('units')
export class UnitsController {
  constructor(private readonly units: UnitsService) {}

  @Get()
  tree(@CurrentUser() user: AuthUser) {
    return this.units.tree(user);
  }

  /** Who may be assigned this unit's requests or own its projects; a unit outside the caller's scope is 404. */
  @Get(':id/handlers')
  @Roles('cadre', 'leader', 'admin')
  handlers(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.units.handlers(user, id);
  }

  @Post()
  @Roles('admin')
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUnitDto) {
    return this.units.create(user, body);
  }

  @Patch(':id')
  @Roles('admin')
  rename(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUnitDto) {
    return this.units.rename(user, id, body);
  }

  @Post(':id/entry-token')
  @Roles('cadre', 'admin')
  rotate(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.units.rotateEntryToken(user, id);
  }
}
