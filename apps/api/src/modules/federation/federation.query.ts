import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, Matches } from 'class-validator';
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

export class RegionCodeParam {
  @ApiProperty({ example: 'gd', description: "the region's code (npm run federation -- add-region --code …)" })
  @Matches(REGION_CODE, { message: 'code must be a region code (a-z, 0-9, _)' })
  code!: string;
}
