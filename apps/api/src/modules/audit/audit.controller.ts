import { Controller, Get, Header, Headers, Query, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { ApiErrors, ApiFileResult, ApiResult } from '../../common/decorators/api-responses.decorator';
import { exportLanguage } from '../../platform/xlsx/export-language';
import { Roles } from '../identity/roles.decorator';
import { AuditExportService } from './audit-export.service';
import { AuditService, auditFilter } from './audit.service';
import { AuditActorsQuery, ExportAuditQuery, ListAuditQuery } from './list-audit.query';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('audit')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 503)
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(
    private readonly audit: AuditService,
    private readonly exports: AuditExportService,
  ) {}

  /** Newest first; filtered by person, action(s), object (kind, id or words) and days (China time). */
  @Get()
  @ApiResult('AuditPage')
  list(@Query() query: ListAuditQuery) {
    return this.audit.list(auditFilter(query), { cursor: query.cursor, limit: query.limit ?? 50 });
  }

  /** People to filter by (display name or username containing `q`). */
  @Get('actors')
  @ApiResult(['AuditActor'])
  actors(@Query() query: AuditActorsQuery) {
    return this.audit.actors(query.q);
  }

  /** The entries the same filters select, as Excel, in the reader's language (`lang`, else Accept-Language). */
  @Get('export.xlsx')
  @Header('Cache-Control', 'private, no-store')
  @ApiFileResult(XLSX)
  async export(@Query() query: ExportAuditQuery, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const buffer = await this.exports.workbook(query, exportLanguage(query.lang, acceptLanguage));
    return new StreamableFile(buffer, { type: XLSX, disposition: 'attachment; filename="audit-log.xlsx"', length: buffer.length });
  }
}
