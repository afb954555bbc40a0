import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsString, Length, Max, Min } from 'class-validator';

export class PutCalendarDayDto {
  @ApiProperty({ enum: ['holiday', 'workday'] }) @IsIn(['holiday', 'workday']) kind!: 'holiday' | 'workday';
  @ApiProperty({ example: '春节' }) @IsString() @Length(1, 40) name!: string;
}

export class CalendarYearQuery {
  @ApiProperty({ example: 2026 }) @Type(() => Number) @IsInt() @Min(2000) @Max(2100) year!: number;
}
