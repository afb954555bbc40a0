import { ApiProperty } from '@nestjs/swagger';
import { CALENDAR_DAY_LIMITS, type PutCalendarDayRequest } from '@banshishi/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, Max, Min } from 'class-validator';
import { NameText } from '../../../common/decorators/name-text.decorator';

export class PutCalendarDayDto implements PutCalendarDayRequest {
  @ApiProperty({ enum: ['holiday', 'workday'] }) @IsIn(['holiday', 'workday']) kind!: 'holiday' | 'workday';
  @ApiProperty({ example: '春节' }) @NameText('name', CALENDAR_DAY_LIMITS.name) name!: string;
}

export class CalendarYearQuery {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}
