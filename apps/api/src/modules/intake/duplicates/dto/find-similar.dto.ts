import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_LIMITS, type FindSimilarRequest } from '@banshishi/contracts';
import { IsOptional, IsString, IsUUID, Length } from 'class-validator';
import { NameText } from '../../../../common/decorators/name-text.decorator';
import { TextMaxLength } from '../../../../common/decorators/text-length.decorator';
import { Trimmed } from '../../../../common/decorators/trimmed.decorator';

/** What a worker has typed so far; the same limits as a submission, but a title may still be short. */
export class FindSimilarDto implements FindSimilarRequest {
  @ApiProperty({ example: '食堂打饭排长队', minLength: 1, maxLength: REQUEST_LIMITS.title.max })
  @NameText('title', { min: 1, max: REQUEST_LIMITS.title.max })
  title!: string;

  @ApiPropertyOptional({ maxLength: REQUEST_LIMITS.description.max })
  @IsOptional()
  @Trimmed()
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
