import { ApiPropertyOptional } from '@nestjs/swagger';
import { TRACKING_LIMITS } from '@banshishi/contracts';
import { IsOptional, IsString } from 'class-validator';
import { TextLength } from '../../common/decorators/text-length.decorator';

/** An anonymous requester reads the attachments of their request with the tracking page's code and secret. */
export class AttachmentAccessQuery {
  @ApiPropertyOptional({ example: 'BS-2026-000123' }) @IsOptional() @IsString() @TextLength('code', TRACKING_LIMITS.code) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @TextLength('secret', TRACKING_LIMITS.secret) secret?: string;
}
