import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length } from 'class-validator';

/** An anonymous requester reads the attachments of their request with the tracking page's code and secret. */
export class AttachmentAccessQuery {
  @ApiPropertyOptional({ example: 'BS-2026-000123' }) @IsOptional() @IsString() @Length(1, 30) code?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 100) secret?: string;
}
