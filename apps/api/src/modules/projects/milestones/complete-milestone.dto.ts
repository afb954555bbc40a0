import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_LIMITS, MILESTONE_LIMITS, type CompleteMilestoneRequest } from '@banshishi/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { Trimmed } from '../../../common/decorators/trimmed.decorator';
import { VersionField } from '../../../common/decorators/version-field.decorator';

/** `POST /api/projects/:id/milestones/:milestoneId/complete`: the project action `complete_milestone`. */
export class CompleteMilestoneDto implements CompleteMilestoneRequest {
  @ApiProperty({ minimum: 1 }) @VersionField('project') version!: number;

  @ApiProperty({ description: 'what was done; public on the 公示 page', maxLength: MILESTONE_LIMITS.evidence.max })
  @Trimmed()
  @IsString()
  @TextLength('evidence', MILESTONE_LIMITS.evidence)
  evidence!: string;

  @ApiPropertyOptional({ type: [String], maxItems: ATTACHMENT_LIMITS.perAction.max, description: 'your own uploads of the last 24 hours (photos of the work)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ATTACHMENT_LIMITS.perAction.max)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'attachmentIds must be upload ids' })
  attachmentIds?: string[];
}
