import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { ISO_DAY, MAX_BENEFICIARIES, MAX_BUDGET, trim } from './create-project.dto';

/** `PATCH /api/projects/:id`: any of the draft's fields, with the version the editor saw. `budget: null` clears it. */
export class UpdateProjectDto {
  @ApiProperty({ minimum: 1 }) @IsInt({ message: 'version must be the version of the project you are looking at' }) @Min(1) version!: number;

  @ApiPropertyOptional({ minLength: 4, maxLength: 60 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(4, 60, { message: 'title must be 4–60 characters' })
  title?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 2000, { message: 'goal must be 1–2000 characters' }) goal?: string;

  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @Length(1, 5000, { message: 'plan must be 1–5000 characters' }) plan?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'ownerUnitId must be the id of a unit' }) ownerUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'ownerUserId must be the id of a user' }) ownerUserId?: string;

  @ApiPropertyOptional({ minimum: 0, nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'budget must be an amount in yuan with at most two decimals' })
  @Min(0)
  @Max(MAX_BUDGET)
  budget?: number | null;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsString()
  @Matches(ISO_DAY, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline?: string;

  @ApiPropertyOptional({ minimum: 0 }) @IsOptional() @IsInt() @Min(0) @Max(MAX_BENEFICIARIES) expectedBeneficiaries?: number;
}
