import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../../identity/auth-user';
import { CurrentUser } from '../../identity/current-user.decorator';
import { WorkspaceService } from './workspace.service';

@ApiTags('workspace')
@ApiBearerAuth()
@ApiErrors(401, 503)
@Controller('workspace')
export class WorkspaceController {
  constructor(private readonly workspace: WorkspaceService) {}

  /** Any logged-in user: the list is theirs by construction (handler or project owner), so it needs no role. */
  @Get()
  @ApiResult('Workspace')
  mine(@CurrentUser() user: AuthUser) {
    return this.workspace.forUser(user);
  }
}
