import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PROJECT_LIMITS, type CreateProjectRequest } from '@banshishi/contracts';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID, Matches } from 'class-validator';
import { IntColumn } from '../../../common/decorators/int-column.decorator';
import { MoneyAmount } from '../../../common/decorators/money-amount.decorator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { Trimmed } from '../../../common/decorators/trimmed.decorator';

export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `POST /api/projects`: a draft 实事项目 from the accepted or in-progress requests it answers (PROJECT_LIMITS.requests). */
export class CreateProjectDto implements CreateProjectRequest {
  @ApiProperty({ example: '江海精密机械车间饮水改造', minLength: PROJECT_LIMITS.title.min, maxLength: PROJECT_LIMITS.title.max })
  @NameText('title', PROJECT_LIMITS.title)
  title!: string;

  @ApiProperty({ maxLength: PROJECT_LIMITS.goal.max }) @Trimmed() @IsString() @TextLength('goal', PROJECT_LIMITS.goal) goal!: string;

  @ApiProperty({ maxLength: PROJECT_LIMITS.plan.max }) @Trimmed() @IsString() @TextLength('plan', PROJECT_LIMITS.plan) plan!: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'ownerUnitId must be the id of a unit' }) ownerUnitId!: string;

  @ApiProperty({ format: 'uuid', description: 'an active cadre over the owner unit' })
  @IsUUID('all', { message: 'ownerUserId must be the id of a user' })
  ownerUserId!: string;

  @ApiPropertyOptional({ minimum: PROJECT_LIMITS.budget.min, maximum: PROJECT_LIMITS.budget.max, description: 'yuan, two decimals at most' })
  @IsOptional()
  @MoneyAmount('budget', PROJECT_LIMITS.budget)
  budget?: number | null;

  @ApiProperty({ example: '2026-12-31', description: 'YYYY-MM-DD, today or later' })
  @IsString()
  @Matches(ISO_DAY, { message: 'deadline must be a date as YYYY-MM-DD' })
  deadline!: string;

  @ApiProperty({ minimum: PROJECT_LIMITS.expectedBeneficiaries.min, maximum: PROJECT_LIMITS.expectedBeneficiaries.max })
  @IntColumn('expectedBeneficiaries', PROJECT_LIMITS.expectedBeneficiaries)
  expectedBeneficiaries!: number;

  @ApiProperty({ type: [String], minItems: PROJECT_LIMITS.requests.min, maxItems: PROJECT_LIMITS.requests.max })
  @IsArray()
  @ArrayMinSize(PROJECT_LIMITS.requests.min, { message: 'requestIds must name at least one request' })
  @ArrayMaxSize(PROJECT_LIMITS.requests.max, { message: `requestIds may name at most ${PROJECT_LIMITS.requests.max} requests` })
  @ArrayUnique({ message: 'requestIds must not repeat a request' })
  @IsUUID('all', { each: true, message: 'requestIds must be request ids' })
  requestIds!: string[];
}
