import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_LIMITS, type FindSimilarRequest } from '@banshishi/contracts';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { TextLength, TextMaxLength } from '../../../../common/decorators/text-length.decorator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What a worker has typed so far; the same limits as a submission, but a title may still be short. */
export class FindSimilarDto implements FindSimilarRequest {
  @ApiProperty({ example: '食堂打饭排长队', minLength: 1, maxLength: REQUEST_LIMITS.title.max })
  @Transform(trim)
  @IsString()
  @TextLength('title', { min: 1, max: REQUEST_LIMITS.title.max })
  title!: string;

  @ApiPropertyOptional({ maxLength: REQUEST_LIMITS.description.max })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @TextMaxLength('description', REQUEST_LIMITS.description)
  description?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'the chosen category: requests in it rank a little higher' })
  @IsOptional()
  @IsUUID('all', { message: 'categoryId must be the id of a category' })
  categoryId?: string;

  @ApiPropertyOptional({ description: "the unit's QR entry key (the anonymous entry page)" })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  entryToken?: string;
}
