import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_LIMITS, MILESTONE_LIMITS, type CompleteMilestoneRequest } from '@banshishi/contracts';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Min } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { trim } from '../dto/create-project.dto';

/** `POST /api/projects/:id/milestones/:milestoneId/complete`: the project action `complete_milestone`. */
export class CompleteMilestoneDto implements CompleteMilestoneRequest {
  @ApiProperty({ minimum: 1 }) @IsInt({ message: 'version must be the version of the project you are looking at' }) @Min(1) version!: number;

  @ApiProperty({ description: 'what was done; public on the 公示 page', maxLength: MILESTONE_LIMITS.evidence.max })
  @Transform(trim)
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
