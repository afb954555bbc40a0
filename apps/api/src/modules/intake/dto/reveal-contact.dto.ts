import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class RevealContactDto {
  @ApiProperty({ example: '电话回访办理结果' }) @IsString() @Length(2, 200) reason!: string;
}
