import { ApiProperty } from '@nestjs/swagger';
import { UNIT_LIMITS, type CreateUnitRequest, type UnitKind, type UpdateUnitRequest } from '@banshishi/contracts';
import { IsIn, IsInt, IsString, IsUUID, Min } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

export const UNIT_KINDS: UnitKind[] = ['district', 'town', 'grassroots'];

export class CreateUnitDto implements CreateUnitRequest {
  @ApiProperty() @IsUUID() parentId!: string;
  @ApiProperty({ example: '某某公司工会' }) @IsString() @TextLength('name', UNIT_LIMITS.name) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsIn(UNIT_KINDS) kind!: UnitKind;
}

export class UpdateUnitDto implements UpdateUnitRequest {
  @ApiProperty() @IsString() @TextLength('name', UNIT_LIMITS.name) name!: string;
  @ApiProperty() @IsInt() @Min(1) version!: number;
}
