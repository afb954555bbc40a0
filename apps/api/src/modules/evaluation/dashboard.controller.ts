import { Controller, Get, Header, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Roles } from '../identity/roles.decorator';
import { DashboardExportService } from './dashboard-export.service';
import { DashboardService } from './dashboard.service';
import { BreakdownQuery, DashboardQuery, FigureRequestsQuery, HotspotsQuery } from './dto/dashboard.query';

@ApiTags('dashboard')
@ApiBearerAuth()
@Controller('dashboard')
@Roles('leader', 'cadre')
export class DashboardController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly exports: DashboardExportService,
  ) {}

  /** Every figure with its numerator and denominator, over the caller's subtree (or `unitId`'s) and period. */
  @Get('summary')
  summary(@CurrentUser() user: AuthUser, @Query() query: DashboardQuery) {
    return this.dashboard.summary(user, query);
  }

  @Get('breakdown')
  breakdown(@CurrentUser() user: AuthUser, @Query() query: BreakdownQuery) {
    return this.dashboard.breakdown(user, query.by, query);
  }

  /** The requests behind one figure's numerator or denominator; `total` is that number. */
  @Get('requests')
  requests(@CurrentUser() user: AuthUser, @Query() query: FigureRequestsQuery) {
    return this.dashboard.requests(user, query.figure, query.part, query);
  }

  /** 未诉先办: category × unit × month clusters and frequent terms, top `limit` of each. */
  @Get('hotspots')
  hotspots(@CurrentUser() user: AuthUser, @Query() query: HotspotsQuery) {
    return this.dashboard.hotspots(user, query);
  }

  @Get('export.xlsx')
  @Header('Cache-Control', 'private, no-store')
  async export(@CurrentUser() user: AuthUser, @Query() query: DashboardQuery): Promise<StreamableFile> {
    return xlsx(await this.exports.figures(user, query), 'figures.xlsx');
  }

  @Get('requests.xlsx')
  @Header('Cache-Control', 'private, no-store')
  async exportRequests(@CurrentUser() user: AuthUser, @Query() query: FigureRequestsQuery): Promise<StreamableFile> {
    const { figure, part, from, to, unitId } = query;
    return xlsx(await this.exports.requests(user, figure, part, { from, to, unitId }), `${figure}-${part}.xlsx`);
  }
}

function xlsx(buffer: Buffer, name: string): StreamableFile {
  return new StreamableFile(buffer, {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    disposition: `attachment; filename="${name}"`,
    length: buffer.length,
  });
}
