import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../../identity/auth-user';
import { CurrentUser } from '../../identity/current-user.decorator';
import { Public } from '../../identity/public.decorator';
import { DuplicatesService } from './duplicates.service';
import { FindSimilarDto } from './dto/find-similar.dto';
import { SimilarRateGuard } from './similar-rate.guard';

@ApiTags('requests')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 503)
@Controller('requests')
export class DuplicatesController {
  constructor(private readonly duplicates: DuplicatesService) {}

  /** While a worker types (logged in, or anonymous with the entry page's entryToken): similar open requests nearby. */
  @Public()
  @UseGuards(SimilarRateGuard)
  @Post('similar')
  @HttpCode(200)
  @ApiResult(['SimilarRequest'])
  @ApiErrors(404, 429)
  whileTyping(@CurrentUser() user: AuthUser | undefined, @Body() body: FindSimilarDto) {
    return this.duplicates.whileTyping(user, body);
  }

  /** For a cadre or leader over the request: possible duplicates to merge it with. */
  @Get(':id/similar')
  @ApiResult(['StaffSimilarRequest'])
  @ApiErrors(404)
  similarTo(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string) {
    return this.duplicates.similarTo(user, id);
  }
}
