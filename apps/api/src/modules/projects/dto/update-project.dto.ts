import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROJECT_LIMITS, type UpdateProjectRequest } from '@banshishi/contracts';
import { IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { IntColumn } from '../../../common/decorators/int-column.decorator';
import { MoneyAmount } from '../../../common/decorators/money-amount.decorator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { Trimmed } from '../../../common/decorators/trimmed.decorator';
import { VersionField } from '../../../common/decorators/version-field.decorator';
import { ISO_DAY } from './create-project.dto';

/** `PATCH /api/projects/:id`: any of the draft's fields, with the version the editor saw. `budget: null` clears it. */
export class UpdateProjectDto implements UpdateProjectRequest {
  @ApiProperty({ minimum: 1 }) @VersionField('project') version!: number;

  @ApiPropertyOptional({ minLength: PROJECT_LIMITS.title.min, maxLength: PROJECT_LIMITS.title.max })
  @IsOptional()
  @NameText('title', PROJECT_LIMITS.title)
  title?: string;

  @ApiPropertyOptional({ maxLength: PROJECT_LIMITS.goal.max }) @IsOptional() @Trimmed() @IsString() @TextLength('goal', PROJECT_LIMITS.goal) goal?: string;

  @ApiPropertyOptional({ maxLength: PROJECT_LIMITS.plan.max }) @IsOptional() @Trimmed() @IsString() @TextLength('plan', PROJECT_LIMITS.plan) plan?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'ownerUnitId must be the id of a unit' }) ownerUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID('all', { message: 'ownerUserId must be the id of a user' }) ownerUserId?: string;

  @ApiPropertyOptional({ minimum: PROJECT_LIMITS.budget.min, maximum: PROJECT_LIMITS.budget.max, nullable: true })
  @IsOptional()
  @MoneyAmount('budget', PROJECT_LIMITS.budget)
  budget?: number | null;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsString()
  @Matches(ISO_DAY, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline?: string;

  @ApiPropertyOptional({ minimum: PROJECT_LIMITS.expectedBeneficiaries.min, maximum: PROJECT_LIMITS.expectedBeneficiaries.max })
  @IsOptional()
  @IntColumn('expectedBeneficiaries', PROJECT_LIMITS.expectedBeneficiaries)
  expectedBeneficiaries?: number;
}
