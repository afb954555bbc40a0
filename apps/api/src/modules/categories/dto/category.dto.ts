import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { CATEGORY_CODE_PATTERN, CATEGORY_LIMITS as LIMITS, type CreateCategoryRequest, type UpdateCategoryRequest } from '@banshishi/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

export class CreateCategoryDto implements CreateCategoryRequest {
  @ApiProperty({ example: 'wages' })
  @Matches(CATEGORY_CODE_PATTERN, { message: `code must be ${LIMITS.code.min}–${LIMITS.code.max} lower-case letters, digits or underscores` })
  code!: string;
  @ApiProperty({ example: '薪酬收入' }) @IsString() @TextLength('nameZh', LIMITS.nameZh) nameZh!: string;
  @ApiProperty({ example: 'Pay and income' }) @IsString() @TextLength('nameEn', LIMITS.nameEn) nameEn!: string;
  @ApiProperty() @IsInt() @Min(LIMITS.responseDays.min) @Max(LIMITS.responseDays.max) responseDays!: number;
  @ApiProperty() @IsInt() @Min(LIMITS.resolutionDays.min) @Max(LIMITS.resolutionDays.max) resolutionDays!: number;
  @ApiProperty() @IsInt() @Min(LIMITS.graceDays.min) @Max(LIMITS.graceDays.max) graceDays!: number;
  @ApiProperty() @IsBoolean() urgent!: boolean;
  @ApiProperty() @IsBoolean() active!: boolean;
  @ApiProperty() @IsInt() @Min(LIMITS.sortOrder.min) @Max(LIMITS.sortOrder.max) sortOrder!: number;
}

export class UpdateCategoryDto extends PartialType(OmitType(CreateCategoryDto, ['code'] as const)) implements UpdateCategoryRequest {
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class ListCategoriesQuery {
  @ApiPropertyOptional({ description: 'include inactive categories (admins)' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  all?: boolean;
}
