import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { DomainError } from '../../common/errors/domain-error';
import type { AuthUser } from '../identity/auth-user';
import { hasAnyRole } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { Roles, WholeTree } from '../identity/roles.decorator';
import { CategoriesService } from './categories.service';
import { CreateCategoryDto, ListCategoriesQuery, UpdateCategoryDto } from './dto/category.dto';

@ApiTags('categories')
@ApiErrors(400, 403, 503)
@Controller('categories')
export class CategoriesController {
  constructor(private readonly categories: CategoriesService) {}

  /** Public: the anonymous QR entry page needs the list too. */
  @Public()
  @Get()
  @ApiResult(['Category'])
  list(@Query() query: ListCategoriesQuery, @CurrentUser() user: AuthUser | undefined) {
    if (query.all && !(user && hasAnyRole(user, ['admin']))) throw new DomainError('FORBIDDEN', 'Only admins see inactive categories');
    return this.categories.list(Boolean(query.all));
  }

  @ApiBearerAuth()
  @Post()
  @Roles('admin')
  @WholeTree()
  @ApiResult('Category')
  @ApiErrors(401, 409)
  create(@CurrentUser() user: AuthUser, @Body() body: CreateCategoryDto) {
    return this.categories.create(user, body);
  }

  @ApiBearerAuth()
  @Patch(':id')
  @Roles('admin')
  @WholeTree()
  @ApiResult('Category')
  @ApiErrors(401, 404, 409)
  update(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: UpdateCategoryDto) {
    return this.categories.update(user, id, body);
  }
}
