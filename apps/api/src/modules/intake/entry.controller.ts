// The QR entry page's one public fact: which unit an entry token belongs to, so a worker knows where the request goes.
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EntryUnit } from '@banshishi/contracts';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { DomainError } from '../../common/errors/domain-error';
import { Public } from '../identity/public.decorator';
import { IntakeRepository } from './intake.repository';

@ApiTags('requests')
@ApiErrors(400, 404, 503)
@Controller('entry')
export class EntryController {
  constructor(private readonly repository: IntakeRepository) {}

  /** No login: the unit's name only (no id, no tree); an unknown or rotated token answers 404. */
  @Public()
  @Get(':entryToken')
  @ApiResult('EntryUnit')
  async unit(@Param('entryToken') entryToken: string): Promise<EntryUnit> {
    const unit = await this.repository.unitByEntryToken(entryToken);
    if (!unit) throw new DomainError('NOT_FOUND', 'No unit has this entry code');
    return { unitName: unit.name };
  }
}
