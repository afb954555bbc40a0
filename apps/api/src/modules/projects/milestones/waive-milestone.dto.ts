import { ApiProperty } from '@nestjs/swagger';
import { MILESTONE_LIMITS, type WaiveMilestoneRequest } from '@banshishi/contracts';
import { IsString } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { Trimmed } from '../../../common/decorators/trimmed.decorator';
import { VersionField } from '../../../common/decorators/version-field.decorator';

/** `POST /api/projects/:id/milestones/:milestoneId/waive`: the project action `waive_milestone` (a leader). */
export class WaiveMilestoneDto implements WaiveMilestoneRequest {
  @ApiProperty({ minimum: 1 }) @VersionField('project') version!: number;

  @ApiProperty({ description: 'why the milestone will not be done; public on the 公示 page', maxLength: MILESTONE_LIMITS.waiverReason.max })
  @Trimmed()
  @IsString()
  @TextLength('reason', MILESTONE_LIMITS.waiverReason)
  reason!: string;
}
