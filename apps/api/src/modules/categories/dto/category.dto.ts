import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { CATEGORY_CODE_PATTERN, CATEGORY_LIMITS as LIMITS, type CreateCategoryRequest, type UpdateCategoryRequest } from '@banshishi/contracts';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, Matches } from 'class-validator';
import { IntColumn } from '../../../common/decorators/int-column.decorator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { VersionField } from '../../../common/decorators/version-field.decorator';

export class CreateCategoryDto implements CreateCategoryRequest {
  @ApiProperty({ example: 'wages' })
  @Matches(CATEGORY_CODE_PATTERN, { message: `code must be ${LIMITS.code.min}–${LIMITS.code.max} lower-case letters, digits or underscores` })
  code!: string;
  @ApiProperty({ example: '薪酬收入' }) @NameText('nameZh', LIMITS.nameZh) nameZh!: string;
  @ApiProperty({ example: 'Pay and income' }) @NameText('nameEn', LIMITS.nameEn) nameEn!: string;
  @ApiProperty() @IntColumn('responseDays', LIMITS.responseDays) responseDays!: number;
  @ApiProperty() @IntColumn('resolutionDays', LIMITS.resolutionDays) resolutionDays!: number;
  @ApiProperty() @IntColumn('graceDays', LIMITS.graceDays) graceDays!: number;
  @ApiProperty() @IsBoolean() urgent!: boolean;
  @ApiProperty() @IsBoolean() active!: boolean;
  @ApiProperty() @IntColumn('sortOrder', LIMITS.sortOrder) sortOrder!: number;
}

export class UpdateCategoryDto extends PartialType(OmitType(CreateCategoryDto, ['code'] as const)) implements UpdateCategoryRequest {
  @ApiProperty() @VersionField('category') version!: number;
}

export class ListCategoriesQuery {
  @ApiPropertyOptional({ description: 'include inactive categories (admins)' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  all?: boolean;
}
