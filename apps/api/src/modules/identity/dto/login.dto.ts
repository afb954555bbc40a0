import { ApiProperty } from '@nestjs/swagger';
import { LOGIN_LIMITS, type LoginRequest } from '@banshishi/contracts';
import { IsString } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'cadre' }) @IsString() @TextLength('username', LOGIN_LIMITS.username) username!: string;
  @ApiProperty({ example: 'demo-pass-2026' }) @IsString() @TextLength('password', LOGIN_LIMITS.password) password!: string;
}
