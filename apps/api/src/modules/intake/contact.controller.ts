import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { ContactRevealService } from './contact-reveal.service';
import { RevealContactDto } from './dto/reveal-contact.dto';

@ApiTags('requests')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 503)
@Controller('requests')
export class ContactController {
  constructor(private readonly contacts: ContactRevealService) {}

  /** POST, not GET: opening a sealed contact is an act that is logged, not a read to cache or prefetch. */
  @Post(':id/contact')
  @HttpCode(200)
  @Roles('cadre')
  @ApiResult('RevealedContact')
  reveal(@CurrentUser() user: AuthUser, @Param('id', ParseUUIDPipe) id: string, @Body() body: RevealContactDto) {
    return this.contacts.reveal(user, id, body.reason);
  }
}
