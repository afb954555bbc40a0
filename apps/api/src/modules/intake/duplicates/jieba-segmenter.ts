// The segmenter duplicates match with: the process's one jieba (platform/text/jieba.ts).
import { sharedJieba } from '../../../platform/text/jieba';
import { chineseTerms, type Segmenter } from './chinese-terms';

export function jiebaSegmenter(): Segmenter {
  return sharedJieba();
}

/** What a request is stored and matched by: the terms of its title and description. */
export function requestTerms(title: string, description = ''): string[] {
  return chineseTerms(`${title}\n${description}`, jiebaSegmenter());
}
