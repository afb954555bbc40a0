// Chinese text → the terms duplicates are matched on: segmented words without punctuation, function words or the
// filler every request shares (希望, 问题…), Latin lower-cased, numbers kept. Pure: the segmenter is passed in.

/** The part of a word segmenter this needs (jieba's search mode, which adds the short words inside long ones). */
export interface Segmenter {
  cutForSearch(sentence: string, hmm?: boolean | null): string[];
}

/** Words that say nothing about what a request is about: every worker writes them. */
const STOP_WORDS = new Set([
  '的',
  '了',
  '是',
  '我',
  '我们',
  '你们',
  '他们',
  '大家',
  '希望',
  '请',
  '请问',
  '问题',
  '一下',
  '非常',
  '能否',
  '能不能',
  '可以',
  '可否',
  '是否',
  '一些',
  '有些',
  '这个',
  '那个',
  '这些',
  '那些',
  '现在',
  '目前',
  '已经',
  '一直',
  '还是',
  '但是',
  '而且',
  '因为',
  '所以',
  '如果',
  '就是',
  '没有',
  '不是',
  '什么',
  '怎么',
  '怎么办',
  '为什么',
  '比较',
  '特别',
  '真的',
  '总是',
  '经常',
  '有时',
  '有时候',
  '时候',
  '情况',
  '反映',
  '建议',
  '麻烦',
  '谢谢',
  '感谢',
  '领导',
  '工会',
  '单位',
  '公司',
  '尽快',
  '及时',
  '一个',
  '几个',
  '需要',
  '应该',
  '觉得',
  '感觉',
  '知道',
  '看看',
  '帮忙',
  '帮助',
  '解决',
  '处理',
  '关注',
  '重视',
  '考虑',
  '相关',
  '方面',
  '问问',
  '只有',
  '没人',
  '或者',
  '可能',
  '哪里',
  '好几',
  '好几个',
  '好像',
  '还有',
  '不能',
  '不会',
  '这样',
  '那样',
  '之后',
  '以后',
  '以前',
  '之前',
  '左右',
  '多次',
  '一次',
  '一个月',
  '两个',
  '三个',
]);

/** Chinese numerals alone (十五, 三十): amounts and dates, not what a request is about. */
const CHINESE_NUMERAL = /^[零〇一二两三四五六七八九十百千万]+$/u;

/** Single characters that are grammar, not content (水, 饭, 车, 钱 stay: they carry meaning). */
const FUNCTION_CHARACTERS = new Set(
  Array.from(
    '的了是在和与及或也就都而把被让给对向从到我你他她它们这那哪有没不很太又还吗呢吧啊呀哦嘛么个些能会要想等得地着过上下里后前一每该才再更最已并且如若但将于之其此以为所被很多少好说去来做用看让使叫吗啦嗯呃哈',
  ),
);

const NON_WORD = /[^\p{L}\p{N}]+/u;
const DIGITS = /^\p{N}+$/u;

/** The distinct terms of `text`, in order of first appearance. */
export function chineseTerms(text: string, segmenter: Segmenter): string[] {
  // NFKC folds full-width letters, digits and punctuation (ＡＢＣ１２３，) into their ordinary forms.
  const normalised = text.normalize('NFKC').toLowerCase();
  const terms = new Set<string>();
  for (const token of segmenter.cutForSearch(normalised, true)) {
    for (const piece of token.split(NON_WORD)) {
      if (piece && isContent(piece)) terms.add(piece);
    }
  }
  return [...terms];
}

function isContent(term: string): boolean {
  if (STOP_WORDS.has(term) || CHINESE_NUMERAL.test(term)) return false;
  if (DIGITS.test(term)) return true;
  if (term.length === 1) return !FUNCTION_CHARACTERS.has(term) && !/[a-z]/.test(term);
  return true;
}
