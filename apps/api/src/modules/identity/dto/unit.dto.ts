import { ApiProperty } from '@nestjs/swagger';
import type { UnitKind } from '@banshishi/contracts';
import { IsIn, IsInt, IsString, IsUUID, Length, Min } from 'class-validator';

export const UNIT_KINDS: UnitKind[] = ['district', 'town', 'grassroots'];

export class CreateUnitDto {
  @ApiProperty() @IsUUID() parentId!: string;
  @ApiProperty({ example: '某某公司工会' }) @IsString() @Length(1, 100) name!: string;
  @ApiProperty({ enum: UNIT_KINDS }) @IsIn(UNIT_KINDS) kind!: UnitKind;
}

export class UpdateUnitDto {
  @ApiProperty() @IsString() @Length(1, 100) name!: string;
  @ApiProperty() @IsInt() @Min(1) version!: number;
}
