import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';

export const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
export const MAX_BUDGET = 9_999_999_999.99;
export const MAX_BENEFICIARIES = 10_000_000;

/** `POST /api/projects`: a draft 实事项目 from 1–200 accepted or in-progress requests. */
export class CreateProjectDto {
  @ApiProperty({ example: '江海精密机械车间饮水改造', minLength: 4, maxLength: 60 })
  @Transform(trim)
  @IsString()
  @Length(4, 60, { message: 'title must be 4–60 characters' })
  title!: string;

  @ApiProperty({ maxLength: 2000 }) @Transform(trim) @IsString() @Length(1, 2000, { message: 'goal must be 1–2000 characters' }) goal!: string;

  @ApiProperty({ maxLength: 5000 }) @Transform(trim) @IsString() @Length(1, 5000, { message: 'plan must be 1–5000 characters' }) plan!: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'ownerUnitId must be the id of a unit' }) ownerUnitId!: string;

  @ApiProperty({ format: 'uuid', description: 'an active cadre over the owner unit' })
  @IsUUID('all', { message: 'ownerUserId must be the id of a user' })
  ownerUserId!: string;

  @ApiPropertyOptional({ minimum: 0, description: 'yuan, two decimals at most' })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'budget must be an amount in yuan with at most two decimals' })
  @Min(0)
  @Max(MAX_BUDGET)
  budget?: number | null;

  @ApiProperty({ example: '2026-12-31', description: 'YYYY-MM-DD, today or later' })
  @IsString()
  @Matches(ISO_DAY, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline!: string;

  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(MAX_BENEFICIARIES) expectedBeneficiaries!: number;

  @ApiProperty({ type: [String], minItems: 1, maxItems: 200 })
  @IsArray()
  @ArrayMinSize(1, { message: 'requestIds must name at least one request' })
  @ArrayMaxSize(200, { message: 'requestIds may name at most 200 requests' })
  @ArrayUnique({ message: 'requestIds must not repeat a request' })
  @IsUUID('all', { each: true, message: 'requestIds must be request ids' })
  requestIds!: string[];
}
