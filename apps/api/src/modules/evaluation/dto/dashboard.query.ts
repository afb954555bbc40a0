import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { INT4, type BreakdownBy, type DashboardFigure, type FigurePart } from '@banshishi/contracts';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { IntColumn } from '../../../common/decorators/int-column.decorator';
import { DASHBOARD_FIGURE_NAMES } from '../figure-predicates';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class DashboardQuery {
  @ApiPropertyOptional({ example: '2026-11-01', description: 'first day (China time) of submission; default: the last full month (with `to` alone: the 1st of its month)' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;
  @ApiPropertyOptional({ example: '2026-11-30', description: 'last day (China time, included); default: the last full month (with `from` alone: today)' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;
  @ApiPropertyOptional({ format: 'uuid', description: "this unit's subtree (handling unit)" }) @IsOptional() @IsUUID() unitId?: string;
}

export class BreakdownQuery extends DashboardQuery {
  @ApiProperty({ enum: ['unit', 'category', 'month', 'channel'] }) @IsIn(['unit', 'category', 'month', 'channel']) by!: BreakdownBy;
}

export class FigureRequestsQuery extends DashboardQuery {
  @ApiProperty({ enum: DASHBOARD_FIGURE_NAMES }) @IsIn(DASHBOARD_FIGURE_NAMES) figure!: DashboardFigure;
  @ApiProperty({ enum: ['numerator', 'denominator'] }) @IsIn(['numerator', 'denominator']) part!: FigurePart;
  @ApiPropertyOptional({ minimum: 1, default: 1 }) @IsOptional() @Type(() => Number) @IntColumn('page', { min: 1, max: INT4.max }) page?: number;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class HotspotsQuery extends DashboardQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(100) limit?: number;
}

/** One hotspot cluster (a row of GET /api/dashboard/hotspots), within the same period and scope. */
export class HotspotRequestsQuery extends DashboardQuery {
  @ApiProperty({ format: 'uuid', description: "the cluster's handling unit (its unitId)" }) @IsUUID() clusterUnitId!: string;
  @ApiProperty({ format: 'uuid', description: "the cluster's category" }) @IsUUID() categoryId!: string;
  @ApiProperty({ example: '2026-11', description: "the cluster's month (YYYY-MM, China time)" })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'month must be YYYY-MM' })
  month!: string;
}

const LANG = { description: "the reader's language for the sheet's words (the web's: zh-CN or en); default: Accept-Language, then Chinese", example: 'en' } as const;

/** The figures as Excel, in the reader's language. */
export class DashboardExportQuery extends DashboardQuery {
  @ApiPropertyOptional(LANG) @IsOptional() @IsString() @Length(1, 20) lang?: string;
}

/** The requests behind a figure as Excel, in the reader's language. */
export class FigureRequestsExportQuery extends FigureRequestsQuery {
  @ApiPropertyOptional(LANG) @IsOptional() @IsString() @Length(1, 20) lang?: string;
}
