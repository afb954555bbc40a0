import { chineseTerms, type Segmenter } from './chinese-terms';
import { jiebaSegmenter, requestTerms } from './jieba-segmenter';

describe('chineseTerms', () => {
  const jieba = jiebaSegmenter();

  it('keeps the words of a request and drops punctuation, function words and filler', () => {
    const terms = chineseTerms('食堂午饭排队要等半小时以上，希望能否多开几个打饭窗口！', jieba);
    expect(terms).toEqual(expect.arrayContaining(['食堂', '午饭', '排队', '半小时', '打饭', '窗口']));
    for (const dropped of ['，', '！', '要', '等', '希望', '能否', '几个', '的']) expect(terms).not.toContain(dropped);
  });

  it('finds the same key words in a reworded request', () => {
    const a = chineseTerms('食堂午饭排队要等半小时以上，能否多开几个打饭窗口', jieba);
    const b = chineseTerms('中午食堂打饭排长队，窗口太少，能不能增加窗口', jieba);
    expect(a.filter((term) => b.includes(term))).toEqual(expect.arrayContaining(['食堂', '打饭', '窗口']));
  });

  it('lower-cases Latin, folds full-width characters and keeps numbers', () => {
    const terms = chineseTerms('ＡＢＣ车间WiFi信号差，社保断缴３个月，35度', jieba);
    expect(terms).toEqual(expect.arrayContaining(['abc', '车间', 'wifi', '社保', '3', '35']));
    expect(terms.some((term) => /[A-Z]/.test(term))).toBe(false);
  });

  it('returns each term once, in order of first appearance', () => {
    const terms = chineseTerms('夜班班车，夜班班车，还是夜班班车', jieba);
    expect(terms).toEqual(['夜班', '班车']);
  });

  it('splits tokens on anything that is not a letter or digit, so terms are safe to put in a tsquery', () => {
    const fake: Segmenter = { cutForSearch: () => ["it's", 'a:b', '工资条', '&|!', '的'] };
    expect(chineseTerms('ignored', fake)).toEqual(['it', '工资条']);
  });

  it('gives nothing for empty or punctuation-only text', () => {
    expect(chineseTerms('', jieba)).toEqual([]);
    expect(chineseTerms('，。！？……', jieba)).toEqual([]);
  });

  it('takes title and description together for a stored request', () => {
    expect(requestTerms('宿舍热水时有时无', '三号宿舍楼晚上十点以后没有热水')).toEqual(expect.arrayContaining(['宿舍', '热水', '宿舍楼']));
  });
});
