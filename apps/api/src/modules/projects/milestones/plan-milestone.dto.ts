import { ApiProperty } from '@nestjs/swagger';
import { MILESTONE_LIMITS, type PlanMilestoneRequest } from '@banshishi/contracts';
import { IsString, Matches } from 'class-validator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { VersionField } from '../../../common/decorators/version-field.decorator';
import { ISO_DAY } from '../dto/create-project.dto';

/** `POST /api/projects/:id/milestones`: the project action `plan_milestone`. */
export class PlanMilestoneDto implements PlanMilestoneRequest {
  @ApiProperty({ minimum: 1 }) @VersionField('project') version!: number;

  @ApiProperty({ example: '完成食堂窗口改造', maxLength: MILESTONE_LIMITS.title.max })
  @NameText('title', MILESTONE_LIMITS.title)
  title!: string;

  @ApiProperty({ example: '2026-12-20', description: "YYYY-MM-DD, today or later, by the project's deadline" })
  @IsString()
  @Matches(ISO_DAY, { message: 'dueDate must be a date as YYYY-MM-DD' })
  dueDate!: string;
}
