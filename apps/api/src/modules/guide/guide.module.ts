import { Module } from '@nestjs/common';
import { GuideController } from './guide.controller';

/** The guiding article 「坚守“四心” 增强“四力”」: the why behind the four stages. */
@Module({ controllers: [GuideController] })
export class GuideModule {}
