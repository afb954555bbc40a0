// The process's one jieba (Chinese word segmentation): loading its dictionary takes a few hundred milliseconds and some
// tens of megabytes, so duplicates (search terms) and the dashboard (hotspot terms) share one instance. The dictionary
// file is read here rather than through `@node-rs/jieba/dict`, which also reads the 6 MB IDF table (unused: no keyword
// extraction) and keeps both buffers for the life of the process; read here, the 5 MB buffer is freed once jieba has
// built its own structures (11 MiB less resident memory).
import { Jieba } from '@node-rs/jieba';
import { readFileSync } from 'node:fs';

let shared: Jieba | undefined;

export function sharedJieba(): Jieba {
  shared ??= Jieba.withDict(readFileSync(require.resolve('@node-rs/jieba/dict.txt')));
  return shared;
}
