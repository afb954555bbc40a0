import { ApiProperty } from '@nestjs/swagger';
import { CONTACT_REVEAL_LIMITS } from '@banshishi/contracts';
import { IsString } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

export class RevealContactDto {
  @ApiProperty({ example: '电话回访办理结果' }) @IsString() @TextLength('reason', CONTACT_REVEAL_LIMITS.reason) reason!: string;
}
