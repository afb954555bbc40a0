import { ApiProperty } from '@nestjs/swagger';
import { LOGIN_LIMITS, USER_LIMITS, type ChangePasswordRequest } from '@banshishi/contracts';
import { IsString } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

/** The rules beyond length (kinds of character, not one's own name) are checked by the service, which knows the person. */
export class ChangePasswordDto implements ChangePasswordRequest {
  @ApiProperty() @IsString() @TextLength('currentPassword', LOGIN_LIMITS.password) currentPassword!: string;
  @ApiProperty({ description: 'at least 8 characters of at least two kinds (letters, digits, symbols), not holding the username or phone' })
  @IsString()
  @TextLength('newPassword', USER_LIMITS.password)
  newPassword!: string;
}
