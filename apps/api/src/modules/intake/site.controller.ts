// What the web needs to know about the deployment: the public address its QR posters and tracking slips carry.
import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { SiteSettings } from '@banshishi/contracts';
import type { FastifyRequest } from 'fastify';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { publicUrl } from '../../config/public-url';
import { Public } from '../identity/public.decorator';

@ApiTags('site')
@ApiErrors(503)
@Controller('site')
export class SiteController {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** No login: PUBLIC_URL, or (development) the address this request came to; whether this is a federation. */
  @Public()
  @Get()
  @ApiResult('SiteSettings')
  site(@Req() request: FastifyRequest): SiteSettings {
    return { publicUrl: publicUrl(this.config, request), federationRole: this.config.federation.role };
  }
}
