import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsOptional, IsString, IsUUID, Length } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** Lengths count characters (a Chinese character is one), after trimming spaces at both ends. */
export class CreateRequestDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID('all', { message: 'categoryId must be the id of a category' }) categoryId!: string;

  @ApiProperty({ example: '车间夏季高温降温措施不足', minLength: 4, maxLength: 60 })
  @Transform(trim)
  @IsString()
  @Length(4, 60, { message: 'title must be 4–60 characters' })
  title!: string;

  @ApiProperty({ minLength: 10, maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @Length(10, 2000, { message: 'description must be 10–2000 characters' })
  description!: string;

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

  @ApiPropertyOptional({ maxLength: 100, description: 'for a return visit; stored encrypted' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @Length(1, 100, { message: 'contact must be 1–100 characters' })
  contact?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 5, description: 'ids from POST /api/attachments, uploaded by the same caller' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(5, { message: 'attachmentIds may hold at most 5 attachments' })
  @ArrayUnique({ message: 'attachmentIds must not repeat an id' })
  @IsUUID('all', { each: true, message: 'attachmentIds must be attachment ids' })
  attachmentIds?: string[];
}
