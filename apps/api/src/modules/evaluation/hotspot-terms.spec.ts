import { sharedJieba } from '../../platform/text/jieba';
import { HOTSPOT_STOP_WORDS, REQUEST_FILLER_WORDS, STOPWORDS_ISO_ZH } from './hotspot-stop-words';
import { hotspotTerms, type Tagger } from './hotspot-terms';

const jieba = sharedJieba();

describe('hotspotTerms: the words a person would say, from jieba with parts of speech', () => {
  it('keeps 饮水机 and 食堂 from the walk-through sentence, and none of its fragments', () => {
    const terms = hotspotTerms('食堂饮水机坏了一个多月，十名职工只能去外面买水喝', jieba);
    expect(terms).toEqual(expect.arrayContaining(['食堂', '饮水机']));
    for (const fragment of ['一个多', '多月', '一个多月', '水机', '饮水', '十名', '只能', '职工', '坏', '水', '喝']) expect(terms).not.toContain(fragment);
  });

  it.each([
    ['公司拖欠三个月工资，加班费也没有发', ['拖欠', '工资', '加班费'], ['三个', '公司', '没有']],
    ['车间夏天太热，没有空调，希望安装降温设备', ['车间', '空调', '安装', '降温', '设备'], ['夏天', '希望', '没有']],
    ['女职工没有哺乳室，只能在更衣室里吸奶', ['女职工', '哺乳室', '更衣室'], ['只能']],
    ['社保断缴了好几个月，担心影响看病报销', ['社保', '看病', '报销'], ['担心', '影响', '好几个']],
  ])('%s', (text, kept, dropped) => {
    const terms = hotspotTerms(text, jieba);
    expect(terms).toEqual(expect.arrayContaining(kept));
    for (const word of dropped) expect(terms).not.toContain(word);
  });

  it('names no one: person names are left out', () => {
    expect(hotspotTerms('王师傅受了工伤，工伤认定办不下来', jieba)).toEqual(['工伤', '认定']);
  });

  it('folds full-width Latin and keeps Latin words lower-cased, but not numbers', () => {
    expect(hotspotTerms('宿舍ＷｉＦｉ经常断，5G信号也差', jieba)).toEqual(expect.arrayContaining(['宿舍', 'wifi']));
    expect(hotspotTerms('宿舍ＷｉＦｉ经常断，5G信号也差', jieba)).not.toContain('5g');
  });

  it('lists each term once, in order of first appearance', () => {
    expect(hotspotTerms('饮水机坏了。饮水机还是坏的，食堂的饮水机', jieba)).toEqual(['饮水机', '食堂']);
  });

  it('takes only nouns, verbs and their kin from the tagger (it decides nothing else)', () => {
    const tagger: Tagger = {
      tag: () => [
        { word: '食堂', tag: 'n' },
        { word: '排队', tag: 'v' },
        { word: '很长', tag: 'a' },
        { word: '一个多月', tag: 'm' },
        { word: '张三', tag: 'nr' },
        { word: '今天', tag: 't' },
        { word: '社保', tag: 'j' },
        { word: '希望', tag: 'v' },
      ],
    };
    expect(hotspotTerms('…', tagger)).toEqual(['食堂', '排队', '社保']);
  });
});

describe('the stop words', () => {
  it('hold stopwords-iso 1.1.0 zh (its Chinese-character entries) and our request filler', () => {
    expect(STOPWORDS_ISO_ZH).toHaveLength(754);
    expect(STOPWORDS_ISO_ZH.slice(0, 3)).toEqual(['一', '一个', '一些']);
    expect(new Set(STOPWORDS_ISO_ZH).size).toBe(754);
    expect(REQUEST_FILLER_WORDS).toEqual(expect.arrayContaining(['希望', '只能', '职工', '工会']));
    expect(HOTSPOT_STOP_WORDS.size).toBe(new Set([...STOPWORDS_ISO_ZH, ...REQUEST_FILLER_WORDS]).size);
  });

  it('never stop a word a hotspot is about', () => {
    for (const word of ['工资', '欠薪', '加班费', '社保', '宿舍', '食堂', '饮水机', '空调', '安全帽', '体检', '培训', '班车']) expect(HOTSPOT_STOP_WORDS.has(word)).toBe(false);
  });
});
