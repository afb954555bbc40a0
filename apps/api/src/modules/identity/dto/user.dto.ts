import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USERNAME_PATTERN, USER_LIMITS, type CreateUserRequest, type RoleName, type UpdateUserRequest } from '@banshishi/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

const ROLE_NAMES: RoleName[] = ['worker', 'cadre', 'leader', 'admin'];

export class RoleGrantDto {
  @ApiProperty({ enum: ROLE_NAMES }) @IsIn(ROLE_NAMES) role!: RoleName;
  @ApiProperty() @IsUUID() unitId!: string;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'zhang.san' })
  @Matches(USERNAME_PATTERN, { message: `username must be ${USER_LIMITS.username.min}–${USER_LIMITS.username.max} lower-case letters, digits, dots, dashes or underscores` })
  username!: string;
  @ApiProperty({ example: '张三' }) @IsString() @TextLength('displayName', USER_LIMITS.displayName) displayName!: string;
  @ApiProperty() @IsString() @TextLength('password', USER_LIMITS.password) password!: string;
  @ApiProperty({ type: [RoleGrantDto] }) @IsArray() @ArrayMaxSize(USER_LIMITS.roles.max) @ValidateNested({ each: true }) @Type(() => RoleGrantDto) roles!: RoleGrantDto[];
  @ApiPropertyOptional({ nullable: true, description: 'notifications are e-mailed here when SMTP is configured' })
  @IsOptional()
  @IsEmail()
  @MaxLength(USER_LIMITS.email.max)
  email?: string | null;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional() @IsOptional() @IsString() @TextLength('displayName', USER_LIMITS.displayName) displayName?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @TextLength('password', USER_LIMITS.password) password?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() disabled?: boolean;
  @ApiPropertyOptional({ type: [RoleGrantDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(USER_LIMITS.roles.max)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles?: RoleGrantDto[];
  @ApiPropertyOptional({ nullable: true, description: 'null removes the address' }) @IsOptional() @IsEmail() @MaxLength(USER_LIMITS.email.max) email?: string | null;
}
