// 高频词: the words of a request a person would say when naming what it is about — 饮水机, 工资, 拖欠, 宿舍 — from
// jieba's segmentation with parts of speech, without stop words. Pure: the tagger is passed in.
import { HOTSPOT_STOP_WORDS } from './hotspot-stop-words';

/** The part of jieba this needs: accurate-mode words with their part of speech (ICTCLAS tags). */
export interface Tagger {
  tag(sentence: string, hmm?: boolean | null): { word: string; tag: string }[];
}

/**
 * The parts of speech a term may have: nouns (n; ns places; nt organisations; nz other proper nouns), verbs (v) and
 * verbal nouns (vn: 培训, 设备), adjectival nouns (an: 安全), abbreviations (j: 社保) and Latin words (eng: WiFi).
 * Left out: numerals and measure words (m, q: 一个多月, 十名), time (t), pronouns, adverbs, particles, adjectives, and
 * person names (nr: a hotspot must not name anyone).
 */
const TERM_TAGS = new Set(['n', 'ns', 'nt', 'nz', 'v', 'vn', 'an', 'j', 'eng']);

/** Bump when the rule or the stop words change: stored terms of an older version are worked out again. */
export const HOTSPOT_TERMS_VERSION = 1;

/** The distinct terms of `text`, in order of first appearance. */
export function hotspotTerms(text: string, tagger: Tagger): string[] {
  // NFKC folds full-width letters and digits (ＷｉＦｉ) into their ordinary forms. No HMM: words the dictionary does
  // not know come out as single characters (dropped) rather than as guessed fragments.
  const terms = new Set<string>();
  let previousTag = '';
  for (const { word, tag } of tagger.tag(text.normalize('NFKC'), false)) {
    const term = tag === 'eng' ? word.toLowerCase() : unitTakenBack(word, previousTag);
    if (isTerm(term, tag)) terms.add(term);
    previousTag = tag;
  }
  return [...terms];
}

/**
 * After a numeral, a time unit belongs to it: jieba reads 三个月工资 as 三个 / 月工资 (a word of its dictionary), but the
 * request is about 工资, like every other request about wages.
 */
function unitTakenBack(word: string, previousTag: string): string {
  return previousTag === 'm' && word.length >= 3 && '年月周天日'.includes(word[0]) ? word.slice(1) : word;
}

function isTerm(term: string, tag: string): boolean {
  if (!TERM_TAGS.has(tag) || HOTSPOT_STOP_WORDS.has(term)) return false;
  if (tag === 'eng') return /^[a-z][a-z0-9]+$/u.test(term);
  // Chinese only, two characters at least (one character says little: 水, 坏).
  return /^\p{Script=Han}{2,}$/u.test(term);
}
