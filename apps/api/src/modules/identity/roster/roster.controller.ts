import { Controller, Get, HttpCode, Post, Query, Req, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors, ApiFileResult, ApiResult } from '../../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../auth-user';
import { CurrentUser } from '../current-user.decorator';
import { RosterImportQuery } from '../dto/roster-import.query';
import { Roles } from '../roles.decorator';
import { readRosterUpload } from './roster-upload';
import { RosterService } from './roster.service';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

@ApiTags('roster')
@ApiBearerAuth()
@Roles('admin')
@ApiErrors(401, 403, 503)
@Controller('roster')
export class RosterController {
  constructor(private readonly roster: RosterService) {}

  /** The workbook to fill in: a 单位 and a 人员 sheet with zh-CN headers and an example row, and the instructions. */
  @Get('template.xlsx')
  @ApiFileResult(XLSX)
  async template(@Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const bytes = await this.roster.template();
    void reply.header('Cache-Control', 'no-store');
    return new StreamableFile(bytes, {
      type: XLSX,
      length: bytes.length,
      disposition: `attachment; filename="roster-template.xlsx"; filename*=UTF-8''${encodeURIComponent('名册导入模板.xlsx')}`,
    });
  }

  /**
   * A filled-in workbook (multipart, field "file", at most 5 MB). `dryRun=true` (the default) lists every bad row and
   * what the import would do; `dryRun=false` imports it in one transaction — or, with any bad row, nothing (422) —
   * and answers each new account's one-time password this once.
   */
  @Post('import')
  @HttpCode(200)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'the .xlsx workbook' } } } })
  @ApiResult('RosterImportResult')
  @ApiErrors(400, 413, 415, 422)
  async import(@CurrentUser() user: AuthUser, @Query() query: RosterImportQuery, @Req() request: FastifyRequest): Promise<ReturnType<RosterService['import']>> {
    const bytes = await readRosterUpload(request);
    return this.roster.import(user, bytes, query.dryRun ?? true);
  }
}
