import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiResult } from '../../common/decorators/api-responses.decorator';
import { Roles } from '../identity/roles.decorator';
import { FederationDetailQuery, FederationQuery, RegionCodeParam } from './federation.query';
import { FederationService } from './federation.service';

/** 全总汇总: every figure over the regions this deployment subscribes to (FEDERATION_ROLE=federation). */
@ApiTags('federation')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 503)
@Controller('federation')
@Roles('leader', 'admin')
export class FederationController {
  constructor(private readonly federation: FederationService) {}

  /** Each figure's numerator and denominator over all regions and per region, with each region's 数据截至. */
  @Get('summary')
  @ApiResult('FederationSummary')
  summary(@Query() query: FederationQuery) {
    return this.federation.summary(query);
  }

  /** Trends by month, figures by category and the biggest hotspot clusters over all regions (no request text crosses). */
  @Get('detail')
  @ApiResult('FederationDetail')
  detail(@Query() query: FederationDetailQuery) {
    return this.federation.detail(query);
  }

  /** One region's units, ranked (the requests behind them are at the region's own instance). */
  @Get('regions/:code/units')
  @ApiResult('FederationUnits')
  units(@Param() params: RegionCodeParam, @Query() query: FederationQuery) {
    return this.federation.units(params.code, query);
  }
}
