import { ApiProperty } from '@nestjs/swagger';
import { TRACKING_LIMITS } from '@banshishi/contracts';
import { IsString } from 'class-validator';
import { TextLength } from '../../../common/decorators/text-length.decorator';

export class TrackRequestQuery {
  @ApiProperty({ description: 'the secret shown once at submission' }) @IsString() @TextLength('secret', TRACKING_LIMITS.secret) secret!: string;
}
