import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IN_PERSON_LIMITS, type InPersonRequestRequest } from '@banshishi/contracts';
import { IN_PERSON_CHANNELS, type InPersonChannel } from '@banshishi/workflow';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { RequestFieldsDto } from './request-fields.dto';

/** 代为登记: what the cadre heard and from whom. Lengths count characters after trimming. */
export class InPersonRequestDto extends RequestFieldsDto implements InPersonRequestRequest {
  @ApiProperty({ format: 'uuid', description: "the requester's unit; the cadre holds the cadre role over it" })
  @IsUUID('all', { message: 'unitId must be the id of a unit' })
  unitId!: string;

  @ApiProperty({ enum: IN_PERSON_CHANNELS, description: 'visit 走访, phone 来电 (12351 too), letter 来信, walk_in 来访, forum 座谈会' })
  @IsIn(IN_PERSON_CHANNELS, { message: `channel must be one of ${IN_PERSON_CHANNELS.join(', ')}` })
  channel!: InPersonChannel;

  @ApiProperty({ example: '2026-03-02', description: `the China day it was heard: today or up to ${IN_PERSON_LIMITS.heardWithinDays} days before` })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heardOn must be a day (YYYY-MM-DD)' })
  heardOn!: string;

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
}
