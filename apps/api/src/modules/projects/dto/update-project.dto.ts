import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROJECT_LIMITS, type UpdateProjectRequest } from '@banshishi/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsNumber, IsOptional, IsString, IsUUID, Matches, Max, Min } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { ISO_DAY, trim } from './create-project.dto';

/** `PATCH /api/projects/:id`: any of the draft's fields, with the version the editor saw. `budget: null` clears it. */
export class UpdateProjectDto implements UpdateProjectRequest {
  @ApiProperty({ minimum: 1 }) @IsInt({ message: 'version must be the version of the project you are looking at' }) @Min(1) version!: number;

  @ApiPropertyOptional({ minLength: PROJECT_LIMITS.title.min, maxLength: PROJECT_LIMITS.title.max })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @TextLength('title', PROJECT_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ maxLength: PROJECT_LIMITS.goal.max }) @IsOptional() @Transform(trim) @IsString() @TextLength('goal', PROJECT_LIMITS.goal) goal?: string;

  @ApiPropertyOptional({ maxLength: PROJECT_LIMITS.plan.max }) @IsOptional() @Transform(trim) @IsString() @TextLength('plan', PROJECT_LIMITS.plan) plan?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'ownerUnitId must be the id of a unit' }) ownerUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'ownerUserId must be the id of a user' }) ownerUserId?: string;

  @ApiPropertyOptional({ minimum: PROJECT_LIMITS.budget.min, maximum: PROJECT_LIMITS.budget.max, nullable: true })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 2, allowNaN: false, allowInfinity: false }, { message: 'budget must be an amount in yuan with at most two decimals' })
  @Min(PROJECT_LIMITS.budget.min)
  @Max(PROJECT_LIMITS.budget.max)
  budget?: number | null;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsString()
  @Matches(ISO_DAY, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline?: string;

  @ApiPropertyOptional({ minimum: PROJECT_LIMITS.expectedBeneficiaries.min, maximum: PROJECT_LIMITS.expectedBeneficiaries.max })
  @IsOptional()
  @IsInt()
  @Min(PROJECT_LIMITS.expectedBeneficiaries.min)
  @Max(PROJECT_LIMITS.expectedBeneficiaries.max)
  expectedBeneficiaries?: number;
}
