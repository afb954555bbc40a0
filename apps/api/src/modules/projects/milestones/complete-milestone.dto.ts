import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsInt, IsOptional, IsString, IsUUID, Length, Min } from 'class-validator';
import { MAX_ATTACHMENTS_PER_ACTION } from '../../attachments/attachments.service';
import { trim } from '../dto/create-project.dto';

/** `POST /api/projects/:id/milestones/:milestoneId/complete`: the project action `complete_milestone`. */
export class CompleteMilestoneDto {
  @ApiProperty({ minimum: 1 }) @IsInt({ message: 'version must be the version of the project you are looking at' }) @Min(1) version!: number;

  @ApiProperty({ description: 'what was done; public on the 公示 page', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(1, 2000, { message: 'evidence must be 1–2000 characters' })
  evidence!: string;

  @ApiPropertyOptional({ type: [String], maxItems: MAX_ATTACHMENTS_PER_ACTION, description: 'your own uploads of the last 24 hours (photos of the work)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(MAX_ATTACHMENTS_PER_ACTION)
  @ArrayUnique()
  @IsUUID('all', { each: true, message: 'attachmentIds must be upload ids' })
  attachmentIds?: string[];
}
