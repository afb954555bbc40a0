import { ApiPropertyOptional } from '@nestjs/swagger';
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, type AuditEntityType } from '@banshishi/workflow';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** `a,b` → ['a', 'b'] (a repeated parameter arrives as a list already). */
const list = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').map((item) => item.trim()) : value);

/** Which entries: by person, action, object and date (China days, both included). */
export class AuditFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'the person who acted' })
  @IsOptional()
  @IsUUID()
  actorId?: string;

  @ApiPropertyOptional({ description: 'one or more action codes (AUDIT_ACTIONS), comma separated', example: 'auth.login,auth.logout' })
  @IsOptional()
  @Transform(list)
  @ArrayMaxSize(AUDIT_ACTIONS.length)
  @IsIn(AUDIT_ACTIONS, { each: true, message: 'action must be one of the audit actions' })
  action?: AuditAction[];

  @ApiPropertyOptional({ enum: AUDIT_ENTITY_TYPES, description: 'the kind of object' })
  @IsOptional()
  @IsIn(AUDIT_ENTITY_TYPES)
  entityType?: AuditEntityType;

  @ApiPropertyOptional({ description: 'one object: its id (a uuid, a day, a setting key or a route)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  entityId?: string;

  @ApiPropertyOptional({ description: "the object by its words: part of a person's, unit's or category's name, a request code, a day", example: '欠薪' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  object?: string;

  @ApiPropertyOptional({ example: '2026-11-01', description: 'first day (China time), included' })
  @IsOptional()
  @Matches(DAY, { message: 'from must be YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-11-30', description: 'last day (China time), included' })
  @IsOptional()
  @Matches(DAY, { message: 'to must be YYYY-MM-DD' })
  to?: string;
}

export class ListAuditQuery extends AuditFilterQuery {
  @ApiPropertyOptional({ description: 'the id of the last entry of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,19}$/, { message: 'cursor must be an id from a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class ExportAuditQuery extends AuditFilterQuery {
  @ApiPropertyOptional({ description: "the reader's language for the sheet's words (the web's: zh-CN or en); default: Accept-Language, then Chinese", example: 'en' })
  @IsOptional()
  @IsString()
  @Length(1, 20)
  lang?: string;
}

export class AuditActorsQuery {
  @ApiPropertyOptional({ description: 'part of a display name or username' })
  @IsOptional()
  @IsString()
  @MaxLength(60)
  q?: string;
}
