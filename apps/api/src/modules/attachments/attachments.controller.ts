import { Controller, Get, Param, ParseUUIDPipe, Post, Query, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ApiErrors, ApiFileResult, ApiResult } from '../../common/decorators/api-responses.decorator';
import type { AuthUser } from '../identity/auth-user';
import { CurrentUser } from '../identity/current-user.decorator';
import { Public } from '../identity/public.decorator';
import { AttachmentAccessQuery } from './attachment-access.query';
import { contentDisposition } from './attachment-name';
import { AttachmentsService } from './attachments.service';
import { UploadRateGuard } from './upload-rate.guard';

@ApiTags('attachments')
@ApiBearerAuth()
@ApiErrors(400, 401, 403, 404, 429, 503)
@Controller('attachments')
export class AttachmentsController {
  constructor(private readonly attachments: AttachmentsService) {}

  /** A worker (token) or an anonymous requester (`entryToken` field, sent before the file) uploads one photo or PDF. */
  @Public()
  @UseGuards(UploadRateGuard)
  @Post()
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { entryToken: { type: 'string', description: 'without a login: the unit QR key (put it before the file)' }, file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiResult('AttachmentSummary')
  @ApiErrors(413, 415)
  upload(@CurrentUser() user: AuthUser | undefined, @Req() request: FastifyRequest) {
    return this.attachments.upload(user, request);
  }

  @Public()
  @Get(':id')
  @ApiFileResult('image/jpeg', 'image/png', 'image/webp', 'application/pdf')
  async read(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AttachmentAccessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.attachments.open(user, id, query);
    void reply.header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'private, max-age=300');
    return new StreamableFile(file.content, { type: file.contentType, length: file.size, disposition: contentDisposition(file.originalName) });
  }

  /** A photo's thumbnail (WebP, ≤ 360 px, ≤ 50 KB) for lists and timelines, for whoever may read the photo; 404 for a PDF. */
  @Public()
  @Get(':id/thumbnail')
  @ApiFileResult('image/webp')
  async thumbnail(
    @CurrentUser() user: AuthUser | undefined,
    @Param('id', ParseUUIDPipe) id: string,
    @Query() query: AttachmentAccessQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.attachments.openThumbnail(user, id, query);
    void reply.header('X-Content-Type-Options', 'nosniff').header('Cache-Control', 'private, max-age=300');
    return new StreamableFile(file.content, { type: file.contentType, length: file.size, disposition: contentDisposition(file.originalName) });
  }
}
