import { Controller, Get, Ip, Param, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { Public } from '../identity/public.decorator';
import { TrackRequestQuery } from './dto/track-request.query';
import { TrackingService } from './tracking.service';

@ApiTags('tracking')
@ApiErrors(400, 404, 429, 503)
@Controller('track')
export class TrackingController {
  constructor(private readonly tracking: TrackingService) {}

  /** For anonymous requesters: the code and the secret shown once at submission. */
  @Public()
  @Get(':code')
  @ApiResult('TrackedRequest')
  track(@Param('code') code: string, @Query() query: TrackRequestQuery, @Ip() ip: string) {
    return this.tracking.track(code, query.secret, ip);
  }
}
