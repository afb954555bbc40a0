import { ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_STATUSES, type RequestStatus } from '@banshishi/workflow';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class ListRequestsQuery {
  @ApiPropertyOptional({ enum: REQUEST_STATUSES }) @IsOptional() @IsIn(REQUEST_STATUSES) status?: RequestStatus;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() categoryId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: "this unit's subtree (handling unit)" }) @IsOptional() @IsUUID() unitId?: string;
  @ApiPropertyOptional({ description: 'words in the title or description' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  q?: string;
  @ApiPropertyOptional({ description: 'only requests whose running clock has passed (true) or not (false)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;
  @ApiPropertyOptional({ description: '匿名 (true) or 实名 (false) requests only' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  anonymous?: boolean;
  @ApiPropertyOptional({ enum: ['newest', 'urgency'], default: 'newest', description: 'urgency: the clock that runs out first comes first (the inbox)' })
  @IsOptional()
  @IsIn(['newest', 'urgency'])
  sort?: 'newest' | 'urgency';
  @ApiPropertyOptional({ description: 'nextCursor of the previous page' }) @IsOptional() @IsString() @Length(1, 200) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

export class RequestCountsQuery {
  @ApiPropertyOptional({ format: 'uuid', description: "this unit's subtree (handling unit)" }) @IsOptional() @IsUUID() unitId?: string;
}

export class ListMyRequestsQuery {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 200) cursor?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}
