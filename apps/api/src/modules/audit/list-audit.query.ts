import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';

export class ListAuditQuery {
  @IsOptional() @Matches(/^\d{1,19}$/, { message: 'cursor must be an id from a previous page' }) cursor?: string;
  @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
  @IsOptional() @IsString() action?: string;
}
