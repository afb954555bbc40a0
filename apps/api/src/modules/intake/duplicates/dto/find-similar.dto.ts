import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** What a worker has typed so far; the same limits as a submission, but a title may still be short. */
export class FindSimilarDto {
  @ApiProperty({ example: '食堂打饭排长队', minLength: 1, maxLength: 60 })
  @Transform(trim)
  @IsString()
  @Length(1, 60, { message: 'title must be 1–60 characters' })
  title!: string;

  @ApiPropertyOptional({ maxLength: 2000 })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(2000, { message: 'description must be at most 2000 characters' })
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
