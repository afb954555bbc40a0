// The QR entry page's one public fact: which unit an entry token belongs to, so a worker knows where the request goes.
import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { EntryUnit } from '@banshishi/contracts';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { DomainError } from '../../common/errors/domain-error';
import { OrgUnitEntity } from '../identity/org-unit.entity';
import { Public } from '../identity/public.decorator';

@ApiTags('requests')
@Controller('entry')
export class EntryController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** No login: the unit's name only (no id, no tree); an unknown or rotated token answers 404. */
  @Public()
  @Get(':entryToken')
  async unit(@Param('entryToken') entryToken: string): Promise<EntryUnit> {
    const unit = entryToken.length <= 200 ? await this.dataSource.getRepository(OrgUnitEntity).findOne({ where: { entryToken }, select: { name: true } }) : null;
    if (!unit) throw new DomainError('NOT_FOUND', 'No unit has this entry code');
    return { unitName: unit.name };
  }
}
