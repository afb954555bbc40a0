import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from './auth-user';
import { CurrentUser } from './current-user.decorator';
import { CreateUserDto, UpdateUserDto } from './dto/user.dto';
import { Roles } from './roles.decorator';
import { UsersService } from './users.service';

@ApiTags('users')
@ApiBearerAuth()
@Roles('admin')
@ApiErrors(401, 403, 503)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @ApiResult(['UserSummary'])
  list(@CurrentUser() user: AuthUser) {
    return this.users.list(user);
  }

  @Post()
  @ApiResult('UserSummary')
  @ApiErrors(400, 404, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateUserDto) {
    return this.users.create(user, body);
  }

  @Patch(':id')
  @ApiResult('UserSummary')
  @ApiErrors(400, 404, 409)
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateUserDto) {
    return this.users.update(user, id, body);
  }

  /** A one-time password, answered this once, which the person must change at their next sign-in. */
  @Post(':id/password-reset')
  @HttpCode(200)
  @ApiResult('PasswordReset')
  @ApiErrors(400, 404)
  resetPassword(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.users.resetPassword(user, id);
  }
}
