import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsObject, IsOptional, IsUUID, ValidateNested } from 'class-validator';
import { VersionField } from '../../common/decorators/version-field.decorator';

export const BULK_ACTIONS = ['accept', 'assign'] as const;

export class BulkItemDto {
  @ApiProperty() @IsUUID() id!: string;
  @ApiProperty() @VersionField('request') version!: number;
}

export class BulkActionsDto {
  @ApiProperty({ enum: BULK_ACTIONS }) @IsIn(BULK_ACTIONS) action!: (typeof BULK_ACTIONS)[number];
  @ApiProperty({ type: [BulkItemDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsObject({ each: true, message: 'items must be a list of {id, version}' })
  @ValidateNested({ each: true })
  @Type(() => BulkItemDto)
  items!: BulkItemDto[];
  @ApiPropertyOptional({ description: 'for assign' }) @IsOptional() @IsUUID() handlerId?: string;
}
