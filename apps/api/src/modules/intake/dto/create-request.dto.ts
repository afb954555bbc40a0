import { ApiPropertyOptional } from '@nestjs/swagger';
import type { CreateRequestRequest } from '@banshishi/contracts';
import { IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { RequestFieldsDto } from './request-fields.dto';

/** A worker's own request (logged in), or an anonymous one from a unit's QR entry page. */
export class CreateRequestDto extends RequestFieldsDto implements CreateRequestRequest {
  @ApiPropertyOptional({ description: 'submit without a name; required (true) without a login' })
  @IsOptional()
  @IsBoolean()
  anonymous?: boolean;

  @ApiPropertyOptional({ description: "the unit's QR entry key (the anonymous entry page)" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entryToken?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'a unit where the worker holds the worker role' })
  @IsOptional()
  @IsUUID('all', { message: 'unitId must be the id of a unit' })
  unitId?: string;
}
