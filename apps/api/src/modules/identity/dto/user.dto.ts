import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RoleName } from '@banshishi/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { PASSWORD_MIN_LENGTH } from '../password';

const ROLE_NAMES: RoleName[] = ['worker', 'cadre', 'leader', 'admin'];

export class RoleGrantDto {
  @ApiProperty({ enum: ROLE_NAMES }) @IsIn(ROLE_NAMES) role!: RoleName;
  @ApiProperty() @IsUUID() unitId!: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'zhang.san' })
  @Matches(/^[a-z0-9_.-]{2,40}$/, { message: 'username must be 2–40 lower-case letters, digits, dots, dashes or underscores' })
  username!: string;
  @ApiProperty({ example: '张三' }) @IsString() @Length(1, 60) displayName!: string;
  @ApiProperty() @IsString() @Length(PASSWORD_MIN_LENGTH, 200) password!: string;
  @ApiProperty({ type: [RoleGrantDto] }) @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RoleGrantDto) roles!: RoleGrantDto[];
  @ApiPropertyOptional({ nullable: true, description: 'notifications are e-mailed here when SMTP is configured' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
}

export class UpdateUserDto {
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 60) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(PASSWORD_MIN_LENGTH, 200) password?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() disabled?: boolean;
  @ApiPropertyOptional({ type: [RoleGrantDto] })
  @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => RoleGrantDto)
  roles?: RoleGrantDto[];
  @ApiPropertyOptional({ nullable: true, description: 'null removes the address' }) @IsOptional() @IsEmail() @MaxLength(254) email?: string | null;
}
