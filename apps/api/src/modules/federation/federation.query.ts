import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { REGION_CODE } from './federation-admin';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class FederationQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'first day (China time) of submission; default: the last full month' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'last day (China time, included); default: the last full month' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class FederationDetailQuery extends FederationQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, description: 'hotspot clusters: the biggest `limit` over all regions' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}

export class RegionCodeParam {
  @ApiProperty({ example: 'gd', description: "the region's code (npm run federation -- add-region --code …)" })
  @Matches(REGION_CODE, { message: 'code must be a region code (a-z, 0-9, _)' })
  code!: string;
}
