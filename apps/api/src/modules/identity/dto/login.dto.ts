import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'cadre' }) @IsString() @Length(1, 40) username!: string;
  @ApiProperty({ example: 'demo-pass-2026' }) @IsString() @Length(1, 200) password!: string;
}
