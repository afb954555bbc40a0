import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTACHMENT_LIMITS, IN_PERSON_LIMITS, REQUEST_LIMITS, type InPersonRequestRequest } from '@banshishi/contracts';
import { IN_PERSON_CHANNELS, type InPersonChannel } from '@banshishi/workflow';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { Trimmed } from '../../../common/decorators/trimmed.decorator';

/** 代为登记: what the cadre heard and from whom. Lengths count characters after trimming. */
export class InPersonRequestDto implements InPersonRequestRequest {
  @ApiProperty({ format: 'uuid', description: "the requester's unit; the cadre holds the cadre role over it" })
  @IsUUID('all', { message: 'unitId must be the id of a unit' })
  unitId!: string;

  @ApiProperty({ enum: IN_PERSON_CHANNELS, description: 'visit 走访, phone 来电 (12351 too), letter 来信, walk_in 来访, forum 座谈会' })
  @IsIn(IN_PERSON_CHANNELS, { message: `channel must be one of ${IN_PERSON_CHANNELS.join(', ')}` })
  channel!: InPersonChannel;

  @ApiProperty({ example: '2026-03-02', description: `the China day it was heard: today or up to ${IN_PERSON_LIMITS.heardWithinDays} days before` })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heardOn must be a day (YYYY-MM-DD)' })
  heardOn!: string;

  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'categoryId must be the id of a category' }) categoryId!: string;

  @ApiProperty({ minLength: REQUEST_LIMITS.title.min, maxLength: REQUEST_LIMITS.title.max })
  @NameText('title', REQUEST_LIMITS.title)
  title!: string;

  @ApiProperty({ minLength: REQUEST_LIMITS.description.min, maxLength: REQUEST_LIMITS.description.max })
  @Trimmed()
  @IsString()
  @TextLength('description', REQUEST_LIMITS.description)
  description!: string;

  @ApiProperty({ description: 'true: no name or phone is stored' })
  @IsBoolean({ message: 'anonymous must be true or false' })
  anonymous!: boolean;

  @ApiPropertyOptional({ minLength: IN_PERSON_LIMITS.requesterName.min, maxLength: IN_PERSON_LIMITS.requesterName.max, description: 'named requests only (required there)' })
  @IsOptional()
  @NameText('requesterName', IN_PERSON_LIMITS.requesterName)
  requesterName?: string;

  @ApiPropertyOptional({
    example: '138 0013 8000',
    description: 'named requests only: a mainland mobile number; kept sealed, and matched (as a keyed hash) to the account with that phone',
  })
  @IsOptional()
  @IsString({ message: 'requesterPhone must be text' })
  @Length(1, 30, { message: 'requesterPhone must be a mainland mobile number (11 digits)' })
  requesterPhone?: string;

  @ApiPropertyOptional({ maxLength: REQUEST_LIMITS.contact.max, description: 'anything else for a return visit (address, landline); stored encrypted' })
  @IsOptional()
  @Trimmed()
  @IsString()
  @TextLength('contact', REQUEST_LIMITS.contact)
  contact?: string;

  @ApiPropertyOptional({ type: [String], maxItems: ATTACHMENT_LIMITS.perRequest.max, description: 'ids from POST /api/attachments, uploaded by the same cadre' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ATTACHMENT_LIMITS.perRequest.max, { message: `attachmentIds may hold at most ${ATTACHMENT_LIMITS.perRequest.max} attachments` })
  @ArrayUnique({ message: 'attachmentIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'attachmentIds must be attachment ids' })
  attachmentIds?: string[];
}
