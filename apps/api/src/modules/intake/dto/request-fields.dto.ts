import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_LIMITS, REQUEST_LIMITS } from '@banshishi/contracts';
import { ArrayMaxSize, ArrayUnique, IsArray, IsOptional, IsString, IsUUID } from 'class-validator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { Trimmed } from '../../../common/decorators/trimmed.decorator';

/**
 * What every way in writes down about a request — its category, title, description, a contact, attachments — whoever
 * submits it (CreateRequestDto) or records it (InPersonRequestDto). Lengths count characters (a Chinese character is
 * one), after trimming spaces at both ends.
 */
export abstract class RequestFieldsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'categoryId must be the id of a category' }) categoryId!: string;

  @ApiProperty({ example: '车间夏季高温降温措施不足', minLength: REQUEST_LIMITS.title.min, maxLength: REQUEST_LIMITS.title.max })
  @NameText('title', REQUEST_LIMITS.title)
  title!: string;

  @ApiProperty({ minLength: REQUEST_LIMITS.description.min, maxLength: REQUEST_LIMITS.description.max })
  @Trimmed()
  @IsString()
  @TextLength('description', REQUEST_LIMITS.description)
  description!: string;

  @ApiPropertyOptional({ maxLength: REQUEST_LIMITS.contact.max, description: 'how to reach the requester for a return visit (an address, a landline); stored encrypted' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @TextLength('contact', REQUEST_LIMITS.contact)
  contact?: string;

  @ApiPropertyOptional({ type: [String], maxItems: ATTACHMENT_LIMITS.perRequest.max, description: 'ids from POST /api/attachments, uploaded by the same caller' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ATTACHMENT_LIMITS.perRequest.max, { message: `attachmentIds may hold at most ${ATTACHMENT_LIMITS.perRequest.max} attachments` })
  @ArrayUnique({ message: 'attachmentIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'attachmentIds must be attachment ids' })
  attachmentIds?: string[];
}
