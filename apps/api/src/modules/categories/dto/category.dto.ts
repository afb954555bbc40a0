import { ApiProperty, ApiPropertyOptional, PartialType, OmitType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';

export class CreateCategoryDto {
  @ApiProperty({ example: 'wages' }) @Matches(/^[a-z0-9_]{2,40}$/, { message: 'code must be 2–40 lower-case letters, digits or underscores' }) code!: string;
  @ApiProperty({ example: '薪酬收入' }) @IsString() @Length(1, 40) nameZh!: string;
  @ApiProperty({ example: 'Pay and income' }) @IsString() @Length(1, 80) nameEn!: string;
  @ApiProperty() @IsInt() @Min(1) @Max(30) responseDays!: number;
  @ApiProperty() @IsInt() @Min(1) @Max(120) resolutionDays!: number;
  @ApiProperty() @IsInt() @Min(0) @Max(30) graceDays!: number;
  @ApiProperty() @IsBoolean() urgent!: boolean;
  @ApiProperty() @IsBoolean() active!: boolean;
  @ApiProperty() @IsInt() @Min(0) @Max(1000) sortOrder!: number;
}

export class UpdateCategoryDto extends PartialType(OmitType(CreateCategoryDto, ['code'] as const)) {
  @ApiProperty() @IsInt() @Min(1) version!: number;
}

export class ListCategoriesQuery {
  @ApiPropertyOptional({ description: 'include inactive categories (admins)' })
  @IsOptional()
  @Transform(({ value }) => value === 'true' || value === true)
  @IsBoolean()
  all?: boolean;
}
