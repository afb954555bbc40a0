// The process-wide jieba instance: loading its dictionary takes a few hundred milliseconds, so it is built once.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';
import { chineseTerms, type Segmenter } from './chinese-terms';

let shared: Segmenter | undefined;

export function jiebaSegmenter(): Segmenter {
  shared ??= Jieba.withDict(dict);
  return shared;
}

/** What a request is stored and matched by: the terms of its title and description. */
export function requestTerms(title: string, description = ''): string[] {
  return chineseTerms(`${title}\n${description}`, jiebaSegmenter());
}
