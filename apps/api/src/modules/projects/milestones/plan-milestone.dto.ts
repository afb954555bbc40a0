import { ApiProperty } from '@nestjs/swagger';
import { MILESTONE_LIMITS, type PlanMilestoneRequest } from '@banshishi/contracts';
import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Min } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { ISO_DAY, trim } from '../dto/create-project.dto';

/** `POST /api/projects/:id/milestones`: the project action `plan_milestone`. */
export class PlanMilestoneDto implements PlanMilestoneRequest {
  @ApiProperty({ minimum: 1 }) @IsInt({ message: 'version must be the version of the project you are looking at' }) @Min(1) version!: number;

  @ApiProperty({ example: '完成食堂窗口改造', maxLength: MILESTONE_LIMITS.title.max })
  @Transform(trim)
  @IsString()
  @TextLength('title', MILESTONE_LIMITS.title)
  title!: string;

  @ApiProperty({ example: '2026-12-20', description: "YYYY-MM-DD, today or later, by the project's deadline" })
  @IsString()
  @Matches(ISO_DAY, { message: 'dueDate must be a date as YYYY-MM-DD' })
  dueDate!: string;
}
