import { Controller, Get, Header, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiFileResult, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { DashboardExportService } from './dashboard-export.service';
import { DashboardService } from './dashboard.service';
import { exportLanguage } from '../../platform/xlsx/export-language';
import { BreakdownQuery, DashboardExportQuery, DashboardQuery, FigureRequestsExportQuery, FigureRequestsQuery, HotspotRequestsQuery, HotspotsQuery } from './dto/dashboard.query';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('dashboard')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 503)
@Controller('dashboard')
@Roles('leader', 'cadre')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly exports: DashboardExportService,
  ) {}

  /** Every figure with its numerator and denominator, over the caller's subtree (or `unitId`'s) and period. */
  @Get('summary')
  @ApiResult('DashboardSummary')
  summary(@CurrentUser() user: AuthUser, @Query() query: DashboardQuery) {
    return this.dashboard.summary(user, query);
  }

  @Get('breakdown')
  @ApiResult('DashboardBreakdown')
  breakdown(@CurrentUser() user: AuthUser, @Query() query: BreakdownQuery) {
    return this.dashboard.breakdown(user, query.by, query);
  }

  /** The requests behind one figure's numerator or denominator; `total` is that number. */
  @Get('requests')
  @ApiResult('FigureRequests')
  requests(@CurrentUser() user: AuthUser, @Query() query: FigureRequestsQuery) {
    return this.dashboard.requests(user, query.figure, query.part, query);
  }

  /** 未诉先办: category × unit × month clusters and frequent terms, top `limit` of each. */
  @Get('hotspots')
  @ApiResult('DashboardHotspots')
  hotspots(@CurrentUser() user: AuthUser, @Query() query: HotspotsQuery) {
    return this.dashboard.hotspots(user, query);
  }

  /** One cluster's requests, when it is opened (the clusters carry counts only), and those that may join a project. */
  @Get('hotspots/requests')
  @ApiResult('HotspotClusterRequests')
  hotspotRequests(@CurrentUser() user: AuthUser, @Query() query: HotspotRequestsQuery) {
    return this.dashboard.hotspotRequests(user, query);
  }

  @Get('export.xlsx')
  @Header('Cache-Control', 'private, no-store')
  @ApiFileResult(XLSX)
  async export(@CurrentUser() user: AuthUser, @Query() query: DashboardExportQuery, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const { lang, from, to, unitId } = query;
    return xlsx(await this.exports.figures(user, { from, to, unitId }, exportLanguage(lang, acceptLanguage)), 'figures.xlsx');
  }

  @Get('requests.xlsx')
  @Header('Cache-Control', 'private, no-store')
  @ApiFileResult(XLSX)
  async exportRequests(@CurrentUser() user: AuthUser, @Query() query: FigureRequestsExportQuery, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const { figure, part, from, to, unitId, lang } = query;
    return xlsx(await this.exports.requests(user, figure, part, { from, to, unitId }, exportLanguage(lang, acceptLanguage)), `${figure}-${part}.xlsx`);
  }
}

function xlsx(buffer: Buffer, name: string): StreamableFile {
  return new StreamableFile(buffer, {
    type: XLSX,
    disposition: `attachment; filename="${name}"`,
    length: buffer.length,
  });
}
