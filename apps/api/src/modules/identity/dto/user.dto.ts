import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { USERNAME_PATTERN, USER_LIMITS, type CreateUserRequest, type RoleName, type UpdateUserRequest } from '@banshishi/contracts';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsEmail, IsIn, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, ValidateNested } from 'class-validator';
import { NameText } from '../../../common/decorators/name-text.decorator';
import { TextLength } from '../../../common/decorators/text-length.decorator';
import { MobilePhone } from './mobile-phone.decorator';

/** Each grant must be an object: a list inside the list would pass ValidateNested and reach the database as nothing. */
const EACH_GRANT = { each: true, message: 'roles must be a list of {role, unitId}' } as const;

const ROLE_NAMES: RoleName[] = ['worker', 'cadre', 'leader', 'admin'];

export class RoleGrantDto {
  @ApiProperty({ enum: ROLE_NAMES }) @IsIn(ROLE_NAMES) role!: RoleName;
  @ApiProperty() @IsUUID() unitId!: string;
}

export class CreateUserDto implements CreateUserRequest {
  @ApiProperty({ example: 'zhang.san' })
  @Matches(USERNAME_PATTERN, { message: `username must be ${USER_LIMITS.username.min}–${USER_LIMITS.username.max} lower-case letters, digits, dots, dashes or underscores` })
  username!: string;
  @ApiProperty({ example: '张三' }) @NameText('displayName', USER_LIMITS.displayName) displayName!: string;
  @ApiProperty() @IsString() @TextLength('password', USER_LIMITS.password) password!: string;
  @ApiProperty({ type: [RoleGrantDto] })
  @IsArray()
  @ArrayMaxSize(USER_LIMITS.roles.max)
  @IsObject(EACH_GRANT)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles!: RoleGrantDto[];
  @ApiPropertyOptional({ nullable: true, description: 'notifications are e-mailed here when SMTP is configured' })
  @IsOptional()
  @IsEmail()
  @MaxLength(USER_LIMITS.email.max)
  email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, example: '13800138000', description: 'mainland mobile number; signs in as well as the username' })
  @MobilePhone('phone')
  phone?: string | null;
  @ApiPropertyOptional({ description: 'the person changes the password at their first sign-in' }) @IsOptional() @IsBoolean() mustChangePassword?: boolean;
}

export class UpdateUserDto implements UpdateUserRequest {
  @ApiPropertyOptional() @IsOptional() @NameText('displayName', USER_LIMITS.displayName) displayName?: string;
  @ApiPropertyOptional({ description: "an admin's new password: the person must change it at their next sign-in" })
  @IsOptional()
  @IsString()
  @TextLength('password', USER_LIMITS.password)
  password?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() disabled?: boolean;
  @ApiPropertyOptional({ type: [RoleGrantDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(USER_LIMITS.roles.max)
  @IsObject(EACH_GRANT)
  @ValidateNested({ each: true })
  @Type(() => RoleGrantDto)
  roles?: RoleGrantDto[];
  @ApiPropertyOptional({ nullable: true, description: 'null removes the address' }) @IsOptional() @IsEmail() @MaxLength(USER_LIMITS.email.max) email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'null removes the number' }) @MobilePhone('phone') phone?: string | null;
}
