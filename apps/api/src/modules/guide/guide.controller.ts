import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { GuideArticle } from '@banshishi/contracts';
import { ApiResult } from '../../common/decorators/api-responses.decorator';
import { Public } from '../identity/public.decorator';
import { ARTICLE_SOURCE } from './article-source';
import { parseGuideArticle } from './guide-article';

/** Parsed once: the article never changes while the process runs. */
const ARTICLE = parseGuideArticle(ARTICLE_SOURCE);

@ApiTags('guide')
@Controller('guide')
export class GuideController {
  /** The product's guiding doc page, for anyone, without login. */
  @Public()
  @Get()
  @ApiResult('GuideArticle')
  article(): GuideArticle {
    return ARTICLE;
  }
}
