import { ApiProperty } from '@nestjs/swagger';
import { UNIT_LIMITS, type CreateUnitRequest, type UnitKind, type UpdateUnitRequest } from '@banshishi/contracts';
import { IsIn, IsUUID } from 'class-validator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { VersionField } from '../../../common/decorators/version-field.decorator';

export const UNIT_KINDS: UnitKind[] = ['district', 'town', 'grassroots'];

export class CreateUnitDto implements CreateUnitRequest {
  @ApiProperty() @IsUUID() parentId!: string;
  @ApiProperty({ example: '某某公司工会' }) @NameText('name', UNIT_LIMITS.name) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsIn(UNIT_KINDS) kind!: UnitKind;
}

export class UpdateUnitDto implements UpdateUnitRequest {
  @ApiProperty() @NameText('name', UNIT_LIMITS.name) name!: string;
  @ApiProperty() @VersionField('unit') version!: number;
}
