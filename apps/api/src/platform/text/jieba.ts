// The process's one jieba (Chinese word segmentation): loading its dictionary takes a few hundred milliseconds and some
// tens of megabytes, so duplicates (search terms) and the dashboard (hotspot terms) share one instance.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict';

let shared: Jieba | undefined;

export function sharedJieba(): Jieba {
  shared ??= Jieba.withDict(dict);
  return shared;
}
