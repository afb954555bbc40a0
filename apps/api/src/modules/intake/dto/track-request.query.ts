import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class TrackRequestQuery {
  @ApiProperty({ description: 'the secret shown once at submission' }) @IsString() @Length(1, 100) secret!: string;
}
