import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ANSWER_LIMITS, REQUEST_EXCLUSION_LIMITS, TRACKING_LIMITS, type EvaluationSettings } from '@banshishi/contracts';
import { ANSWER_RESOLVED, ANSWER_SATISFACTION } from '@banshishi/workflow';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsObject, IsOptional, IsString, ValidateNested } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

export class CompositeWeightsDto {
  @ApiProperty() @IsNumber() response!: number;
  @ApiProperty() @IsNumber() resolution!: number;
  @ApiProperty() @IsNumber() satisfaction!: number;
}

/** Shape only here; the ranges and the sum of the weights are libs/workflow's validateFigureSettings. */
export class EvaluationSettingsDto implements EvaluationSettings {
  @ApiProperty({ description: 'w in 满意率 = (满意 + w·基本满意) ÷ answered', minimum: 0, maximum: 1 }) @IsNumber() basicallySatisfiedWeight!: number;
  @ApiProperty({ type: CompositeWeightsDto })
  @IsObject({ message: 'weights must be an object {response, resolution, satisfaction}' })
  @ValidateNested()
  @Type(() => CompositeWeightsDto)
  weights!: CompositeWeightsDto;
  @ApiProperty({ description: 'answered requests a unit needs to be ranked' }) @IsNumber() minSample!: number;
}

export class ExclusionDto {
  @ApiProperty({ description: 'why this is a 不合理诉求' }) @IsString() @TextLength('reason', REQUEST_EXCLUSION_LIMITS.reason) reason!: string;
}

export class TrackFeedbackDto {
  @ApiProperty({ description: 'the secret shown once at submission' }) @IsString() @TextLength('secret', TRACKING_LIMITS.secret) secret!: string;
  @ApiProperty({ enum: ANSWER_RESOLVED }) @IsIn(ANSWER_RESOLVED) resolved!: string;
  @ApiProperty({ enum: ANSWER_SATISFACTION }) @IsIn(ANSWER_SATISFACTION) satisfaction!: string;
  @ApiPropertyOptional({ maxLength: ANSWER_LIMITS.comment.max }) @IsOptional() @IsString() @TextLength('comment', ANSWER_LIMITS.comment) comment?: string;
}
